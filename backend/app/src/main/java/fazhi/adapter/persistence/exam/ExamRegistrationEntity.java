package fazhi.adapter.persistence.exam;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "exam_registration")
public class ExamRegistrationEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "person_name", nullable = false, length = 50)
    public String personName;

    @Column(nullable = false, length = 32)
    public String department;

    @Column(name = "officer_id", length = 36)
    public String officerId;

    @Column(name = "exam_year", nullable = false)
    public int examYear;

    @Column(name = "exam_date", nullable = false)
    public LocalDate examDate;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(nullable = false, length = 16)
    public String status;

    public Integer score;

    @Column(name = "certificate_number", length = 40)
    public String certificateNumber;

    @Column(name = "certificate_issued_on")
    public LocalDate certificateIssuedOn;

    @Column(name = "certificate_expires_on")
    public LocalDate certificateExpiresOn;

    @Column(name = "result_recorded_on")
    public LocalDate resultRecordedOn;
}
