package fazhi.review.model;

import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A legal adviser (法律顾问) the township engages, with the engagement period. {@code version} is the ETag. */
public final class LegalAdviser implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private AdviserDetails details;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public LegalAdviser(String id, TownshipCode township, AdviserDetails details, long version, Stamp created,
                        Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    public static LegalAdviser engage(String id, TownshipCode township, AdviserDetails details) {
        return new LegalAdviser(id, township, details, 0, null, null);
    }

    public void update(AdviserDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    /** Active within the engagement period, upcoming before it, ended after it. */
    public EngagementStatus statusOn(LocalDate today) {
        return EngagementStatus.of(details, today);
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", details.name());
        fields.put("lawFirm", details.lawFirm());
        fields.put("engagedFrom", details.engagedFrom().toString());
        fields.put("engagedUntil", details.engagedUntil().toString());
        fields.put("scope", details.scope());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public AdviserDetails details() {
        return details;
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
