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
 * An item of a township's enterprise inspection items list (涉企行政检查事项清单). Only a published item may be
 * inspected (ENF-14: 清单之外无检查). {@code version} is the ETag (SYS-02).
 */
public final class InspectionItem implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private InspectionItemDetails details;
    private LocalDate publishedOn;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public InspectionItem(String id, TownshipCode township, InspectionItemDetails details, LocalDate publishedOn,
                          long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.publishedOn = publishedOn;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A new item, not published yet; its details carry a cap. */
    public static InspectionItem draft(String id, TownshipCode township, InspectionItemDetails details) {
        Objects.requireNonNull(details.yearlyCap(), "yearlyCap");
        return new InspectionItem(id, township, details, null, 0, null, null);
    }

    public void revise(InspectionItemDetails newDetails) {
        Objects.requireNonNull(newDetails.yearlyCap(), "yearlyCap");
        this.details = newDetails;
    }

    /** Publishes the item on {@code today}; once published it stays on the public list. */
    public void publish(LocalDate today) {
        if (publishedOn != null) {
            throw new InvalidInput("status", "inspectionItem.alreadyPublished", publishedOn.toString());
        }
        this.publishedOn = Objects.requireNonNull(today);
    }

    public boolean published() {
        return publishedOn != null;
    }

    /** What an inspection keeps of the item it cites. */
    public InspectedItem asInspected() {
        return new InspectedItem(id, details.code(), details.name(), details.field(), details.method());
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("listTitle", details.listTitle());
        fields.put("code", details.code());
        fields.put("name", details.name());
        fields.put("subjects", details.subjects());
        fields.put("legalBasis", details.legalBasis());
        fields.put("department", details.department().name());
        fields.put("field", details.field().name());
        fields.put("method", details.method().name());
        fields.put("yearlyCap", String.valueOf(details.yearlyCap()));
        fields.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public InspectionItemDetails details() {
        return details;
    }

    /** Null until published. */
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
