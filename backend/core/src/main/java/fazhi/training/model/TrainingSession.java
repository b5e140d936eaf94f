package fazhi.training.model;

import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.util.Map;
import java.util.Objects;

/** A session of legal study, training, publicity or a meeting (学法、培训、宣讲、会议); minutes and photos are its files. */
public final class TrainingSession implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private SessionDetails details;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public TrainingSession(String id, TownshipCode township, SessionDetails details, long version, Stamp created,
                           Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    public static TrainingSession record(String id, TownshipCode township, SessionDetails details) {
        return new TrainingSession(id, township, details, 0, null, null);
    }

    public void edit(SessionDetails changed) {
        this.details = Objects.requireNonNull(changed);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public TownshipCode township() {
        return township;
    }

    public SessionDetails details() {
        return details;
    }

    @Override
    public long version() {
        return version;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }

    @Override
    public Map<String, String> snapshot() {
        return details.snapshot();
    }
}
