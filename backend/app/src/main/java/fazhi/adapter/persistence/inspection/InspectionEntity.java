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

/**
 * An enterprise inspection (see changeset 011). {@code inspectedOn} is the day it counts on: the planned day until
 * it is done.
 */
@Entity
@Table(name = "inspection")
public class InspectionEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "enterprise_name", nullable = false, length = 100)
    public String enterpriseName;

    @Column(name = "enterprise_credit_code", nullable = false, length = 18)
    public String enterpriseCreditCode;

    @Column(name = "item_id", nullable = false, length = 36)
    public String itemId;

    @Column(name = "item_code", nullable = false, length = 32)
    public String itemCode;

    @Column(name = "item_name", nullable = false, length = 200)
    public String itemName;

    @Column(nullable = false, length = 32)
    public String field;

    @Column(nullable = false, length = 32)
    public String method;

    @Column(nullable = false, length = 32)
    public String reason;

    @Column(name = "reason_note", length = 500)
    public String reasonNote;

    @Column(name = "planned_on", nullable = false)
    public LocalDate plannedOn;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_by", length = 100)
    public String approvedBy;

    @Column(name = "beyond_yearly_cap", nullable = false)
    public boolean beyondYearlyCap;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    @Column(length = 32)
    public String result;

    @Column(length = 2000)
    public String findings;

    @Column(name = "rectification_due_on")
    public LocalDate rectificationDueOn;

    @Column(name = "case_reference", length = 100)
    public String caseReference;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    @BatchSize(size = 50)
    public List<InspectionOfficerEntity> officers = new ArrayList<>();
}
