package fazhi.adapter.persistence.inspection;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An item of the inspection items list (see changeset 011). */
@Entity
@Table(name = "inspection_item")
public class InspectionItemEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "list_title", nullable = false, length = 200)
    public String listTitle;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 500)
    public String subjects;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    public String legalBasis;

    @Column(nullable = false, length = 32)
    public String department;

    @Column(nullable = false, length = 32)
    public String field;

    @Column(nullable = false, length = 32)
    public String method;

    @Column(name = "yearly_cap", nullable = false)
    public int yearlyCap;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "published_on")
    public LocalDate publishedOn;
}
