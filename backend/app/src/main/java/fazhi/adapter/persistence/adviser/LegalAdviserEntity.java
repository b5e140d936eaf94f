package fazhi.adapter.persistence.adviser;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "legal_advisers")
public class LegalAdviserEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(name = "law_firm", nullable = false, length = 100)
    public String lawFirm;

    @Column(name = "engaged_from", nullable = false)
    public LocalDate engagedFrom;

    @Column(name = "engaged_until", nullable = false)
    public LocalDate engagedUntil;

    @Column(length = 1000)
    public String scope;
}
