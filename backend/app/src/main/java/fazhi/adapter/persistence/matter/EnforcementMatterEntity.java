package fazhi.adapter.persistence.matter;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "enforcement_matter")
public class EnforcementMatterEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "field", nullable = false, length = 32)
    public String enforcementField;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    public String legalBasis;

    @Column(nullable = false, length = 32)
    public String department;

    @Column(name = "source", nullable = false, length = 20)
    public String matterSource;

    @Column(name = "delegation_reference", length = 100)
    public String delegationReference;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
}
