package fazhi.shared.port.out;

import fazhi.shared.model.Change;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.util.Map;

/**
 * SYS-01: where every change is written down, in the same transaction as the change itself. The
 * implementation links the township's events into a hash chain.
 */
public interface AuditLog {

    void record(Entry entry);

    /** Who did what to which record, when (UTC), and which fields changed. */
    record Entry(TownshipCode township, String actor, Instant occurredAt, String action, String recordType,
                 String recordId, Map<String, Change> changes) {

        public Entry {
            changes = Map.copyOf(changes);
        }
    }
}
