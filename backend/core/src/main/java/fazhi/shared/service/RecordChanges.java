package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one way a use case changes a record of a township: the township and the role first (SYS-04, then 403), the
 * record loaded (404), its version compared with the one the caller read (SYS-02), the change applied by the
 * aggregate's own rules, the record saved with who and when, and the difference audited in the township's chain
 * (SYS-01), personal fields masked. A service holds one per record type.
 */
public final class RecordChanges<R extends TrackedRecord> {

    /** Finds a record of the type in a township. */
    @FunctionalInterface
    public interface Finder<R> {
        Optional<R> find(TownshipCode township, String id);
    }

    /** Saves a record with who changed it and when, answering the record as stored (its new version). */
    @FunctionalInterface
    public interface Saver<R> {
        R save(R record, Stamp stamp);
    }

    private final String recordType;
    private final Finder<R> finder;
    private final Saver<R> saver;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Set<String> personalFields;

    public RecordChanges(String recordType, Finder<R> finder, Saver<R> saver, AuditLog auditLog, Clock clock,
                         Set<String> personalFields) {
        this.recordType = recordType;
        this.finder = finder;
        this.saver = saver;
        this.auditLog = auditLog;
        this.clock = clock;
        this.personalFields = Set.copyOf(personalFields);
    }

    public RecordChanges(String recordType, Finder<R> finder, Saver<R> saver, AuditLog auditLog, Clock clock) {
        this(recordType, finder, saver, auditLog, clock, Set.of());
    }

    /** Changes the record the caller read at {@code expectedVersion}; {@code action} names the audit event. */
    public R change(Actor actor, TownshipCode township, String id, long expectedVersion, Role[] allowed,
                    String action, Consumer<R> change) {
        actor.require(township, allowed);
        R record = load(township, id);
        if (record.version() != expectedVersion) {
            throw new StaleRecord(recordType, id, expectedVersion, record.version());
        }
        Map<String, String> before = record.snapshot();
        change.accept(record);
        R saved = saver.save(record, stamp(actor));
        audit(actor, saved, action, before);
        return saved;
    }

    /** The township's record, or 404 (a record of another township is not found either: SYS-04). */
    public R load(TownshipCode township, String id) {
        return finder.find(township, id).orElseThrow(() -> new RecordNotFound(recordType, id));
    }

    /** Who acts, and now. */
    public Stamp stamp(Actor actor) {
        return new Stamp(clock.now(), actor.username());
    }

    /** Audits what became of the record since {@code before} (empty for a new record). */
    public void audit(Actor actor, R record, String action, Map<String, String> before) {
        auditLog.record(new AuditLog.Entry(record.township(), actor.username(), clock.now(), action, recordType,
                record.id(), Change.masking(Change.between(before, record.snapshot()), personalFields)));
    }
}
