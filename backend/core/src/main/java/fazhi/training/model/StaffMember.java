package fazhi.training.model;

import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A person of the township's roster (干部职工): who attends sessions and who is required to take the law exam. */
public final class StaffMember implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private StaffMemberDetails details;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public StaffMember(String id, TownshipCode township, StaffMemberDetails details, long version, Stamp created,
                       Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    public static StaffMember add(String id, TownshipCode township, StaffMemberDetails details) {
        return new StaffMember(id, township, details, 0, null, null);
    }

    public void edit(StaffMemberDetails changed) {
        this.details = Objects.requireNonNull(changed);
    }

    public boolean activeOn(LocalDate day) {
        return details.activeOn(day);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public TownshipCode township() {
        return township;
    }

    public StaffMemberDetails details() {
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
