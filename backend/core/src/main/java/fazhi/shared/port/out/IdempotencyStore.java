package fazhi.shared.port.out;

import java.util.Optional;

/** SYS-03: the first answer to each idempotency key, kept per caller. */
public interface IdempotencyStore {

    Optional<StoredAnswer> find(String actor, String key);

    void save(String actor, String key, StoredAnswer answer);

    /**
     * What was asked (a fingerprint of method, path and body) and what was answered, opaque to the core.
     */
    record StoredAnswer(String requestFingerprint, int status, String location, String body) {
    }
}
