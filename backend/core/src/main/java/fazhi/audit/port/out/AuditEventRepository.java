package fazhi.audit.port.out;

import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.util.Set;
import java.util.function.Consumer;

/** Reading stored audit events. */
public interface AuditEventRepository {

    /**
     * Events matching the filter; {@code townships} limits them to those the reader may see (null: all).
     */
    Page<AuditEvent> search(AuditFilter filter, Set<TownshipCode> townships, PageRequest page);

    /** Feeds the township's events in sequence order, in batches, without holding them all. */
    void forEachInChain(TownshipCode township, Consumer<AuditEvent> consumer);
}
