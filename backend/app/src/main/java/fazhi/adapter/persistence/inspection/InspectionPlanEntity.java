package fazhi.adapter.persistence.inspection;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A yearly inspection plan with its planned items (see changeset 011). */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlanEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "year", nullable = false)
    public int planYear;

    @Column(nullable = false, length = 200)
    public String title;

    /** A JSON array of texts. */
    @Column(name = "enterprise_kinds", nullable = false, columnDefinition = "TEXT")
    public String enterpriseKinds;

    @Column(name = "enterprise_count")
    public Integer enterpriseCount;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "filing_reference", length = 100)
    public String filingReference;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    @BatchSize(size = 50)
    public List<InspectionPlanItemEntity> items = new ArrayList<>();
}
