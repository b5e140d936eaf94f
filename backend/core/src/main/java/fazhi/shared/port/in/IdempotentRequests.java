package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.port.out.IdempotencyStore.StoredAnswer;

import java.util.function.Supplier;

/** SYS-03: a POST carrying an {@code Idempotency-Key} is done once. */
public interface IdempotentRequests {

    /**
     * Answers the stored answer for a repeated key and the same request; runs {@code work} and keeps its
     * answer for a new key; refuses (SYS-03) a known key with another request.
     */
    StoredAnswer once(Actor actor, String key, String requestFingerprint, Supplier<StoredAnswer> work);
}
