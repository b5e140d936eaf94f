package fazhi.testing;

import fazhi.shared.port.out.IdempotencyStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** First answers by caller and key; a claim without an answer is in flight. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, StoredAnswer> answers = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();
    private int tokens;

    @Override
    public Claim claim(String actor, String key, String requestFingerprint) {
        String id = id(actor, key);
        if (answers.containsKey(id)) {
            return new Answered(answers.get(id));
        }
        if (claims.containsKey(id)) {
            return new InFlight(claims.get(id));
        }
        claims.put(id, requestFingerprint);
        return new Claimed("claim-" + ++tokens);
    }

    @Override
    public void complete(String actor, String key, Claimed claim, StoredAnswer answer) {
        claims.remove(id(actor, key));
        answers.put(id(actor, key), answer);
    }

    @Override
    public void release(String actor, String key, Claimed claim) {
        claims.remove(id(actor, key));
    }

    public Optional<StoredAnswer> find(String actor, String key) {
        return Optional.ofNullable(answers.get(id(actor, key)));
    }

    /** Another request claimed the key and is still at it. */
    public void inFlight(String actor, String key, String requestFingerprint) {
        claims.put(id(actor, key), requestFingerprint);
    }

    public int size() {
        return answers.size();
    }

    private static String id(String actor, String key) {
        return actor + "\u0000" + key;
    }
}
