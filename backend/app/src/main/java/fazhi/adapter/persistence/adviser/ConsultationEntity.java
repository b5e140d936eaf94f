package fazhi.adapter.persistence.adviser;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "legal_adviser_consultations")
public class ConsultationEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "adviser_id", nullable = false, length = 36)
    public String adviserId;

    @Column(name = "consulted_on", nullable = false)
    public LocalDate consultedOn;

    @Column(nullable = false, length = 200)
    public String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String advice;

    @Column(name = "linked_record_type", length = 32)
    public String linkedRecordType;

    @Column(name = "linked_record_id", length = 100)
    public String linkedRecordId;
}
