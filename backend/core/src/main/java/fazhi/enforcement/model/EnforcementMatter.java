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
 * An enforcement matter (执法事项) of the township's list of powers and duties (权责清单): what the township may
 * do, on which legal basis, by which department, and whether the power is its own or delegated by the county
 * (县级赋权事项). A published matter is on the public list; it is edited only after it is withdrawn, so that the
 * public list never changes silently. {@code version} is the ETag (SYS-02).
 */
public final class EnforcementMatter implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private MatterDetails details;
    private boolean published;
    private LocalDate publishedOn;
    private LocalDate withdrawnOn;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public EnforcementMatter(String id, TownshipCode township, MatterDetails details, boolean published,
                             LocalDate publishedOn, LocalDate withdrawnOn, long version, Stamp created,
                             Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.published = published;
        this.publishedOn = publishedOn;
        this.withdrawnOn = withdrawnOn;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A new matter is not published yet. */
    public static EnforcementMatter define(String id, TownshipCode township, MatterDetails details) {
        return new EnforcementMatter(id, township, details, false, null, null, 0, null, null);
    }

    /** Only an unpublished matter is edited: a published one is withdrawn first. */
    public void revise(MatterDetails newDetails) {
        if (published) {
            throw new InvalidInput("published", "matter.published.notEditable");
        }
        this.details = Objects.requireNonNull(newDetails);
    }

    /** Puts the matter on the public list as of {@code today}. */
    public void publish(LocalDate today) {
        if (published) {
            throw new InvalidInput("published", "matter.alreadyPublished");
        }
        this.published = true;
        this.publishedOn = Objects.requireNonNull(today);
        this.withdrawnOn = null;
    }

    /** Takes the matter off the public list as of {@code today}; the last publication date stays. */
    public void withdraw(LocalDate today) {
        if (!published) {
            throw new InvalidInput("published", "matter.notPublished");
        }
        this.published = false;
        this.withdrawnOn = Objects.requireNonNull(today);
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", details.code());
        fields.put("name", details.name());
        fields.put("kind", details.kind().name());
        fields.put("field", details.field().name());
        fields.put("legalBasis", details.legalBasis());
        fields.put("department", details.department().name());
        fields.put("source", details.source().name());
        fields.put("delegationReference", details.delegationReference());
        fields.put("published", String.valueOf(published));
        fields.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        fields.put("withdrawnOn", withdrawnOn == null ? null : withdrawnOn.toString());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public MatterDetails details() {
        return details;
    }

    public boolean published() {
        return published;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
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
