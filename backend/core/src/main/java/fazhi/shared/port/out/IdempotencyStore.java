package fazhi.shared.port.out;

/**
 * SYS-03: the first answer to each idempotency key, kept per caller. A request first claims its key, in a
 * transaction of its own, so that a concurrent retry sees it in flight instead of doing the work again.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for one request, committed at once: {@link Claimed} when this request may do the work,
     * {@link Answered} when an earlier request finished, {@link InFlight} while an earlier one is still at it.
     * A claim left behind by a request that never finished is taken over after a while.
     */
    Claim claim(String actor, String key, String requestFingerprint);

    /** Keeps the answer of a claimed key, in the transaction of the work it answers. */
    void complete(String actor, String key, Claimed claim, StoredAnswer answer);

    /** Gives a claimed key back when its work failed, so that a retry may do it. */
    void release(String actor, String key, Claimed claim);

    /** What a claim found. */
    sealed interface Claim permits Claimed, Answered, InFlight {
    }

    /** The key is this request's: {@code token} tells its claim from a later one. */
    record Claimed(String token) implements Claim {
    }

    record Answered(StoredAnswer answer) implements Claim {
    }

    record InFlight(String requestFingerprint) implements Claim {
    }

    /**
     * What was asked (a fingerprint of method, path and body) and what was answered, opaque to the core.
     */
    record StoredAnswer(String requestFingerprint, int status, String location, String body) {
    }
}
