package fazhi.adapter.persistence.inspection;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of a plan with its schedule: months as {@code 3,9}, or a quarter. */
@Entity
@Table(name = "inspection_plan_item")
public class InspectionPlanItemEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public InspectionPlanEntity plan;

    @Column(name = "item_id", nullable = false, length = 36)
    public String itemId;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "position", nullable = false)
    public int listOrder;

    @Column(length = 40)
    public String months;

    @Column(name = "quarter")
    public Integer quarterOfYear;
}
