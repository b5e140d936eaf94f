package fazhi.testing;

import fazhi.audit.model.AuditChain;
import fazhi.audit.model.AuditEvent;
import fazhi.shared.model.TownshipCode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A township's audit events, properly linked with {@link AuditChain#hash}. */
public final class AuditChainBuilder {

    private final TownshipCode township;
    private int length = 3;
    private Instant start = Instant.parse("2025-03-01T01:00:00Z");

    private AuditChainBuilder(TownshipCode township) {
        this.township = township;
    }

    public static AuditChainBuilder aChainOf(TownshipCode township) {
        return new AuditChainBuilder(township);
    }

    public AuditChainBuilder ofLength(int length) {
        this.length = length;
        return this;
    }

    public AuditChainBuilder startingAt(Instant start) {
        this.start = start;
        return this;
    }

    public List<AuditEvent> build() {
        List<AuditEvent> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEvent unhashed = new AuditEvent(township.value() + "-e" + i, township, i,
                    start.plus(Duration.ofMinutes(i)), "staff.user", "officer.updated", "officer", "officer-" + i,
                    "{\"name\":{\"before\":\"李明\",\"after\":\"李明" + i + "\"}}", previous, null);
            AuditEvent event = withHash(unhashed, AuditChain.hash(previous, unhashed));
            chain.add(event);
            previous = event.hash();
        }
        return chain;
    }

    /** The same event with other stored changes, keeping its stored hash (tampering). */
    public static AuditEvent withChanges(AuditEvent e, String changes) {
        return new AuditEvent(e.id(), e.township(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
                e.recordType(), e.recordId(), changes, e.previousHash(), e.hash());
    }

    public static AuditEvent withActor(AuditEvent e, String actor) {
        return new AuditEvent(e.id(), e.township(), e.sequence(), e.occurredAt(), actor, e.action(),
                e.recordType(), e.recordId(), e.changes(), e.previousHash(), e.hash());
    }

    public static AuditEvent withOccurredAt(AuditEvent e, Instant occurredAt) {
        return new AuditEvent(e.id(), e.township(), e.sequence(), occurredAt, e.actor(), e.action(),
                e.recordType(), e.recordId(), e.changes(), e.previousHash(), e.hash());
    }

    public static AuditEvent withPreviousHash(AuditEvent e, String previousHash) {
        return new AuditEvent(e.id(), e.township(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
                e.recordType(), e.recordId(), e.changes(), previousHash, e.hash());
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.id(), e.township(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
                e.recordType(), e.recordId(), e.changes(), e.previousHash(), hash);
    }
}
