package fazhi.adapter.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.adapter.persistence.shared.ExclusiveRows;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.audit.model.AuditChain;
import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.audit.port.in.ReadingAuditTrail;
import fazhi.audit.port.out.AuditEventRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.AuditLog;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * SYS-01: appends audit events to their township's hash chain, in the caller's transaction, and reads them
 * back for the audit log and its verification.
 */
@ApplicationScoped
public class AuditLogPersistenceAdapter implements AuditLog, AuditEventRepository, Listings {

    private static final int BATCH = 500;
    /** One township's events in time or chain order; across townships, in time order. */
    private static final Map<String, Order> SORTS = Map.of(
            "occurredAt", Order.unique("ix_audit_events_list_time", "occurred_at", "sequence"),
            "sequence", Order.unique("uq_audit_events_chain", "sequence"));
    private static final Order ACROSS_TOWNSHIPS = Order.by("ix_audit_events_all_time", "occurred_at");

    private final Events events;
    private final ObjectMapper json;

    public AuditLogPersistenceAdapter(Events events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Entry entry) {
        Head head = lockHead(entry.township().value(), entry.occurredAt(), entry.actor());
        // whole seconds: Connector/J drops fractions on MariaDB (which it takes for MySQL 5.5), and the hash
        // must cover exactly what is stored
        AuditEvent unhashed = new AuditEvent(UUID.randomUUID().toString(), entry.township(), head.sequence() + 1,
                entry.occurredAt().truncatedTo(ChronoUnit.SECONDS), entry.actor(), entry.action(), entry.recordType(),
                entry.recordId(), changesText(entry), head.hash(), null);
        String hash = AuditChain.hash(head.hash(), unhashed);

        AuditEventEntity event = new AuditEventEntity();
        event.id = unhashed.id();
        event.township = unhashed.township().value();
        event.sequence = unhashed.sequence();
        event.occurredAt = unhashed.occurredAt();
        event.actor = unhashed.actor();
        event.action = unhashed.action();
        event.recordType = unhashed.recordType();
        event.recordId = unhashed.recordId();
        event.changes = unhashed.changes();
        event.previousHash = unhashed.previousHash();
        event.hash = hash;
        event.createdAt = unhashed.occurredAt();
        event.createdBy = unhashed.actor();
        events.persist(event);

        events.getEntityManager().createNativeQuery("""
                        UPDATE audit_chain_heads
                        SET last_sequence = ?1, last_hash = ?2, version = version + 1, updated_at = ?3, updated_by = ?4
                        WHERE township = ?5""")
                .setParameter(1, event.sequence)
                .setParameter(2, hash)
                .setParameter(3, entry.occurredAt())
                .setParameter(4, entry.actor())
                .setParameter(5, event.township)
                .executeUpdate();
    }

    /**
     * Creates the township's head on its first event or takes its exclusive lock at once, and holds it until the
     * transaction ends, so that appends to one chain line up ({@link ExclusiveRows}). Plain SQL: MariaDB lacks the
     * {@code FOR UPDATE OF} Hibernate writes.
     */
    private Head lockHead(String township, java.time.Instant at, String by) {
        var em = events.getEntityManager();
        ExclusiveRows.createOrLock(em, "audit_chain_heads", ExclusiveRows.columns("township", township,
                "last_sequence", 0, "last_hash", AuditChain.GENESIS, "version", 0, "created_at", at, "created_by", by,
                "updated_at", at, "updated_by", by));
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT last_sequence, last_hash FROM audit_chain_heads WHERE township = ?1 FOR UPDATE")
                .setParameter(1, township)
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    private record Head(long sequence, String hash) {
    }

    private String changesText(Entry entry) {
        try {
            return json.writeValueAsString(new TreeMap<>(entry.changes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are plain strings", e);
        }
    }

    @Override
    public Page<AuditEvent> search(AuditFilter filter, Set<TownshipCode> townships, PageRequest page) {
        return listQuery(filter, townships, page).fetch(events.getEntityManager(), AuditEventEntity.class,
                e -> e.id, page).map(AuditLogPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("audit events", AuditFilter.class, ReadingAuditTrail.SORTABLE,
                (township, filter, page, today) -> listQuery(filter == null ? new AuditFilter(township, null, null,
                        null, null, null) : filter, Set.of(township), page)));
    }

    /**
     * {@code townships} are those the reader may see, null for all. A record's or an actor's events are found
     * through their own indexes.
     */
    ListQuery listQuery(AuditFilter filter, Set<TownshipCode> townships, PageRequest page) {
        Set<String> visible = townships == null ? null
                : townships.stream().map(TownshipCode::value).collect(java.util.stream.Collectors.toSet());
        if (filter.township() != null) {
            visible = visible == null || visible.contains(filter.township().value())
                    ? Set.of(filter.township().value()) : Set.of();
        }
        ListQuery list = visible == null ? ListQuery.across("audit_events")
                : visible.isEmpty() ? ListQuery.across("audit_events").where("1 = 0")
                : ListQuery.of("audit_events", visible);
        if (filter.recordType() != null) {
            list.where("record_type = ?", filter.recordType()).narrowed();
        }
        if (filter.recordId() != null) {
            list.where("record_id = ?", filter.recordId()).narrowed();
        }
        if (filter.actor() != null) {
            list.where("actor = ?", filter.actor()).narrowed();
        }
        if (filter.from() != null) {
            list.where("occurred_at >= ?", filter.from());
        }
        if (filter.to() != null) {
            list.where("occurred_at < ?", filter.to());
        }
        Order order = visible != null && visible.size() == 1 ? SORTS.get(page.sortField()) : ACROSS_TOWNSHIPS;
        return list.orderBy(order, page.ascending());
    }

    @Override
    public void forEachInChain(TownshipCode township, Consumer<AuditEvent> consumer) {
        long after = 0;
        while (true) {
            List<AuditEventEntity> batch = events.find("township = ?1 and sequence > ?2", Sort.by("sequence"),
                    township.value(), after).page(0, BATCH).list();
            batch.forEach(e -> consumer.accept(toDomain(e)));
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).sequence;
            events.getEntityManager().clear();
        }
    }

    private static AuditEvent toDomain(AuditEventEntity e) {
        return new AuditEvent(e.id, TownshipCode.of(e.township), e.sequence, e.occurredAt, e.actor, e.action,
                e.recordType, e.recordId, e.changes, e.previousHash, e.hash);
    }

    @ApplicationScoped
    static class Events implements PanacheRepositoryBase<AuditEventEntity, String> {
    }

}
