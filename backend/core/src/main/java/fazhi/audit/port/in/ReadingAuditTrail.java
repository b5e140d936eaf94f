package fazhi.audit.port.in;

import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.audit.model.Verification;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.util.Set;

/**
 * SYS-01: auditors (and a township's leaders for their own township) read the audit log and verify its
 * hash chain.
 */
public interface ReadingAuditTrail {

    Set<String> SORTABLE = Set.of("occurredAt", "sequence");
    String DEFAULT_SORT = "occurredAt,desc";

    Page<AuditEvent> list(Actor actor, AuditFilter filter, PageRequest page);

    Verification verify(Actor actor, TownshipCode township);
}
