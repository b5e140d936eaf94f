package fazhi.review.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of a legal adviser's consultations log (法律顾问咨询记录), dated within the adviser's engagement.
 * {@code version} is the ETag.
 */
public final class Consultation implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private final String adviserId;
    private ConsultationDetails details;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public Consultation(String id, TownshipCode township, String adviserId, ConsultationDetails details,
                        long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.adviserId = Objects.requireNonNull(adviserId);
        this.details = Objects.requireNonNull(details);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A consultation of the adviser, on a day of the engagement. */
    public static Consultation log(String id, LegalAdviser adviser, ConsultationDetails details) {
        requireEngaged(adviser, details);
        return new Consultation(id, adviser.township(), adviser.id(), details, 0, null, null);
    }

    public void update(LegalAdviser adviser, ConsultationDetails newDetails) {
        requireEngaged(adviser, newDetails);
        this.details = newDetails;
    }

    private static void requireEngaged(LegalAdviser adviser, ConsultationDetails details) {
        if (!adviser.details().engagedOn(details.consultedOn())) {
            throw new InvalidInput("consultedOn", "consultation.outsideEngagement",
                    adviser.details().engagedFrom().toString(), adviser.details().engagedUntil().toString());
        }
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("adviserId", adviserId);
        fields.put("consultedOn", details.consultedOn().toString());
        fields.put("subject", details.subject());
        fields.put("advice", details.advice());
        fields.put("linkedRecordType", details.linkedRecordType() == null ? null : details.linkedRecordType().name());
        fields.put("linkedRecordId", details.linkedRecordId());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public String adviserId() {
        return adviserId;
    }

    public ConsultationDetails details() {
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
