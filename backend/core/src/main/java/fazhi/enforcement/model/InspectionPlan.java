package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A township's yearly enterprise inspection plan (涉企行政检查计划): drafted from the published items list,
 * filed with the county (备案) and then published. Only a draft can be edited. {@code version} is the ETag (SYS-02).
 */
public final class InspectionPlan implements TrackedRecord {

    public static final int MAX_FILING_REFERENCE_LENGTH = 100;

    private final String id;
    private final TownshipCode township;
    private InspectionPlanDetails details;
    private InspectionPlanStatus status;
    private LocalDate filedOn;
    private String filingReference;
    private LocalDate publishedOn;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public InspectionPlan(String id, TownshipCode township, InspectionPlanDetails details,
                          InspectionPlanStatus status, LocalDate filedOn, String filingReference,
                          LocalDate publishedOn, long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.filedOn = filedOn;
        this.filingReference = filingReference;
        this.publishedOn = publishedOn;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    public static InspectionPlan draft(String id, TownshipCode township, InspectionPlanDetails details) {
        return new InspectionPlan(id, township, details, InspectionPlanStatus.DRAFT, null, null, null, 0, null, null);
    }

    /** Only a draft is edited: a filed plan is what the county holds. */
    public void revise(InspectionPlanDetails newDetails) {
        if (status != InspectionPlanStatus.DRAFT) {
            throw new InvalidInput("status", "inspectionPlan.notEditable", status.name());
        }
        this.details = Objects.requireNonNull(newDetails);
    }

    /** DRAFT → FILED: the county's filing (备案) of {@code filedOn}, not after today, with its reference. */
    public void file(LocalDate on, String reference, LocalDate today) {
        InspectionInput check = new InspectionInput();
        check.present("filedOn", on);
        check.notAfter("filedOn", on, today);
        String ref = check.required("filingReference", reference, MAX_FILING_REFERENCE_LENGTH);
        check.done();
        moveTo(InspectionPlanStatus.FILED);
        this.filedOn = on;
        this.filingReference = ref;
    }

    /** FILED → PUBLISHED on {@code today}. */
    public void publish(LocalDate today) {
        moveTo(InspectionPlanStatus.PUBLISHED);
        this.publishedOn = Objects.requireNonNull(today);
    }

    private void moveTo(InspectionPlanStatus target) {
        if (!status.canBecome(target)) {
            throw new InvalidInput("status", "inspectionPlan.status.transition", status.name(), target.name());
        }
        this.status = target;
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", String.valueOf(details.year()));
        fields.put("title", details.title());
        fields.put("targets.enterpriseKinds", String.join("、", details.targets().enterpriseKinds()));
        fields.put("targets.enterpriseCount", details.targets().enterpriseCount() == null ? null
                : details.targets().enterpriseCount().toString());
        fields.put("items", String.join(";", details.items().stream()
                .map(i -> i.itemId() + "@" + i.schedule()).toList()));
        fields.put("status", status.name());
        fields.put("filedOn", filedOn == null ? null : filedOn.toString());
        fields.put("filingReference", filingReference);
        fields.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public InspectionPlanDetails details() {
        return details;
    }

    public InspectionPlanStatus status() {
        return status;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public String filingReference() {
        return filingReference;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public long version() {
        return version;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }
}
