package fazhi.audit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * SYS-01: the events of a township form a SHA-256 hash chain. Each event's hash covers its own fields and
 * the hash of the event before it, so changing, removing or reordering a stored event breaks the chain
 * from there on.
 */
public final class AuditChain {

    /** The "previous hash" of a township's first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of an event given the hash of the one before it. */
    public static String hash(String previousHash, AuditEvent event) {
        String canonical = String.join("\u001f",
                previousHash,
                event.township().value(),
                Long.toString(event.sequence()),
                event.occurredAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                event.actor(),
                event.action(),
                event.recordType(),
                event.recordId(),
                event.changes());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Walks a township's events in sequence order and answers the first one whose link or hash does not
     * match, or empty when the whole chain holds.
     */
    public static Optional<Break> firstBreak(Iterable<AuditEvent> eventsInOrder) {
        Verifier verifier = new Verifier();
        eventsInOrder.forEach(verifier::accept);
        return verifier.firstBreak();
    }

    /** Checks a chain as its events stream by, keeping only the last hash. */
    public static final class Verifier {
        private String previousHash = GENESIS;
        private long expectedSequence = 1;
        private long checked;
        private Break firstBreak;

        public void accept(AuditEvent event) {
            if (firstBreak != null) {
                return;
            }
            checked++;
            if (event.sequence() != expectedSequence) {
                firstBreak = new Break(event, Break.Reason.SEQUENCE_GAP);
            } else if (!event.previousHash().equals(previousHash)) {
                firstBreak = new Break(event, Break.Reason.LINK_MISMATCH);
            } else if (!hash(previousHash, event).equals(event.hash())) {
                firstBreak = new Break(event, Break.Reason.HASH_MISMATCH);
            }
            previousHash = event.hash();
            expectedSequence++;
        }

        public Optional<Break> firstBreak() {
            return Optional.ofNullable(firstBreak);
        }

        /** Events looked at, up to and including the first broken one. */
        public long checked() {
            return checked;
        }
    }

    /** Where and why the chain breaks. */
    public record Break(AuditEvent event, Reason reason) {

        public enum Reason {
            /** An event is missing before this one, or the order was changed. */
            SEQUENCE_GAP,
            /** The event does not point at the hash of the event before it. */
            LINK_MISMATCH,
            /** The event's content is not what its hash was computed from. */
            HASH_MISMATCH
        }
    }
}
