package fazhi.adapter.persistence.officer;

import fazhi.adapter.persistence.shared.PersonalDataConverter;
import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "officers")
public class OfficerEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(nullable = false, length = 32)
    public String department;

    /** Personal data: ciphertext in the table. */
    @Convert(converter = PersonalDataConverter.class)
    @Column(length = 123)
    public String phone;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "suspension_reason", length = 500)
    public String suspensionReason;

    @Column(name = "certificate_number", length = 40)
    public String certificateNumber;

    @Column(name = "certificate_issued_on")
    public LocalDate certificateIssuedOn;

    @Column(name = "certificate_expires_on")
    public LocalDate certificateExpiresOn;
}
