package fazhi.adapter.persistence.training;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One person of a township's roster. */
@Entity
@Table(name = "training_personnel")
public class StaffMemberEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(length = 100)
    public String post;

    @Column(length = 100)
    public String department;

    @Column(name = "leading_cadre", nullable = false)
    public boolean leadingCadre;

    @Column(name = "village_cadre", nullable = false)
    public boolean villageCadre;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;
}
