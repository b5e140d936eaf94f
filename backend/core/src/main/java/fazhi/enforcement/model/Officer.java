package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An administrative enforcement officer (执法人员) of a township, with the certificate (执法证) they hold.
 * {@code version} is the optimistic-lock version the API exposes as ETag (SYS-02).
 */
public final class Officer implements TrackedRecord {

    public static final int MAX_REASON_LENGTH = 500;
    /** Fields of {@link #snapshot()} that are personal data, masked wherever they are shown. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("phone");

    private final String id;
    private final TownshipCode township;
    private OfficerDetails details;
    private OfficerStatus status;
    private String suspensionReason;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public Officer(String id, TownshipCode township, OfficerDetails details, OfficerStatus status,
                   String suspensionReason, long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.suspensionReason = suspensionReason;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A newly registered officer is active. */
    public static Officer register(String id, TownshipCode township, OfficerDetails details) {
        return new Officer(id, township, details, OfficerStatus.ACTIVE, null, 0, null, null);
    }

    public void update(OfficerDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public void suspend(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "field.required");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInput("reason", "field.tooLong", MAX_REASON_LENGTH);
        }
        moveTo(OfficerStatus.SUSPENDED);
        this.suspensionReason = why;
    }

    public void reinstate() {
        moveTo(OfficerStatus.ACTIVE);
        this.suspensionReason = null;
    }

    private void moveTo(OfficerStatus target) {
        if (!status.canBecome(target)) {
            throw new InvalidInput("status", "officer.status.transition", status, target);
        }
        this.status = target;
    }

    /** ENF-02 asks this: active, with a certificate valid on the date of the action. */
    public boolean mayActOn(LocalDate date) {
        return status == OfficerStatus.ACTIVE && details.certificate() != null
                && details.certificate().isValidOn(date);
    }

    /** The fields an audit event compares, as text (personal ones unmasked: see {@link #PERSONAL_FIELDS}). */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", details.name());
        fields.put("department", details.department().name());
        fields.put("phone", details.phone());
        fields.put("status", status.name());
        fields.put("suspensionReason", suspensionReason);
        Certificate certificate = details.certificate();
        fields.put("certificate.number", certificate == null ? null : certificate.number());
        fields.put("certificate.issuedOn", certificate == null ? null : certificate.issuedOn().toString());
        fields.put("certificate.expiresOn", certificate == null ? null : certificate.expiresOn().toString());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public OfficerDetails details() {
        return details;
    }

    public OfficerStatus status() {
        return status;
    }

    public String suspensionReason() {
        return suspensionReason;
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
