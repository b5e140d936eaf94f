package fazhi.review.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A clean-up campaign (规范性文件集中清理) of a township: named and dated, it decides of each document in force
 * whether to keep, amend or repeal it, with the reason. Closing it repeals the documents it decided to repeal;
 * keep and amend are recorded only (an amendment comes as a new document). {@code version} is the ETag.
 */
public final class CleanUpCampaign implements TrackedRecord {

    public static final int MAX_NAME_LENGTH = 100;

    private final String id;
    private final TownshipCode township;
    private final String name;
    private final LocalDate heldOn;
    private CleanUpStatus status;
    private LocalDate closedOn;
    private final List<CleanUpDecision> decisions;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public CleanUpCampaign(String id, TownshipCode township, String name, LocalDate heldOn, CleanUpStatus status,
                           LocalDate closedOn, List<CleanUpDecision> decisions, long version, Stamp created,
                           Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.name = Objects.requireNonNull(name);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.status = Objects.requireNonNull(status);
        this.closedOn = closedOn;
        this.decisions = new ArrayList<>(decisions);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A new campaign, open for decisions. */
    public static CleanUpCampaign open(String id, TownshipCode township, String name, LocalDate heldOn) {
        InputCheck check = new InputCheck();
        String text = check.required("name", name, MAX_NAME_LENGTH);
        check.present("heldOn", heldOn);
        check.done();
        return new CleanUpCampaign(id, township, text, heldOn, CleanUpStatus.OPEN, null, List.of(), 0, null, null);
    }

    /** Records the decision on a document; a later decision on the same document replaces the earlier one. */
    public void decide(CleanUpDecision decision) {
        requireOpen();
        decisions.removeIf(d -> d.documentId().equals(decision.documentId()));
        decisions.add(decision);
    }

    /** OPEN → CLOSED, not before the campaign's date; answers the decisions to repeal. */
    public List<CleanUpDecision> close(LocalDate on) {
        requireOpen();
        if (on == null) {
            throw new InvalidInput("closedOn", "field.required");
        }
        if (on.isBefore(heldOn)) {
            throw new InvalidInput("closedOn", "cleanUp.closedOn.beforeHeld", heldOn.toString());
        }
        this.status = CleanUpStatus.CLOSED;
        this.closedOn = on;
        return decisions.stream().filter(d -> d.verdict() == CleanUpVerdict.REPEAL).toList();
    }

    private void requireOpen() {
        if (!status.canBecome(CleanUpStatus.CLOSED)) {
            throw new InvalidInput("status", "cleanUp.closed");
        }
    }

    /** The fields an audit event compares, as text: one field per decided document. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("heldOn", heldOn.toString());
        fields.put("status", status.name());
        fields.put("closedOn", closedOn == null ? null : closedOn.toString());
        for (CleanUpDecision d : decisions) {
            fields.put("decision." + d.documentId(), d.verdict().name() + "：" + d.reason());
        }
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public String name() {
        return name;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public CleanUpStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** In the order they were (last) decided. */
    public List<CleanUpDecision> decisions() {
        return List.copyOf(decisions);
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
