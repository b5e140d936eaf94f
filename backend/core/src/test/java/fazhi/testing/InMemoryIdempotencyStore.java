package fazhi.testing;

import fazhi.shared.port.out.IdempotencyStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** First answers by caller and key. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, StoredAnswer> answers = new HashMap<>();

    @Override
    public Optional<StoredAnswer> find(String actor, String key) {
        return Optional.ofNullable(answers.get(actor + "\u0000" + key));
    }

    @Override
    public void save(String actor, String key, StoredAnswer answer) {
        answers.put(actor + "\u0000" + key, answer);
    }

    public int size() {
        return answers.size();
    }
}
