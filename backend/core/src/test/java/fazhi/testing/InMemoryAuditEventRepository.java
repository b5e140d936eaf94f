package fazhi.testing;

import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.audit.port.out.AuditEventRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Stored audit events, as they are (tests may store a tampered chain). */
public final class InMemoryAuditEventRepository implements AuditEventRepository {

    private final List<AuditEvent> events = new ArrayList<>();
    private Search lastSearch;

    /** What the service asked {@link #search} for; {@code townships} null means all. */
    public record Search(AuditFilter filter, Set<TownshipCode> townships, PageRequest page) {
    }

    public void storeAll(List<AuditEvent> chain) {
        events.addAll(chain);
    }

    @Override
    public Page<AuditEvent> search(AuditFilter filter, Set<TownshipCode> townships, PageRequest page) {
        lastSearch = new Search(filter, townships, page);
        List<AuditEvent> matching = events.stream()
                .filter(e -> townships == null || townships.contains(e.township()))
                .filter(e -> filter.township() == null || filter.township().equals(e.township()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    @Override
    public void forEachInChain(TownshipCode township, Consumer<AuditEvent> consumer) {
        events.stream()
                .filter(e -> e.township().equals(township))
                .sorted(Comparator.comparingLong(AuditEvent::sequence))
                .forEach(consumer);
    }

    public Search lastSearch() {
        return lastSearch;
    }
}
