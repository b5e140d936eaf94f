package fazhi.audit.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;

/** Filters of the audit log; null means "any". The time range is [from, to). */
public record AuditFilter(TownshipCode township, String recordType, String recordId, String actor, Instant from,
                          Instant to) {

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("to", "audit.range");
        }
    }
}
