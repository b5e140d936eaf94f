package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.port.in.IdempotentRequests;
import fazhi.shared.port.out.IdempotencyStore;
import fazhi.shared.port.out.IdempotencyStore.StoredAnswer;

import java.util.function.Supplier;

public class IdempotencyService implements IdempotentRequests {

    static final int MAX_KEY_LENGTH = 100;

    private final IdempotencyStore store;

    public IdempotencyService(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public StoredAnswer once(Actor actor, String key, String requestFingerprint, Supplier<StoredAnswer> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "idempotency.key.format", MAX_KEY_LENGTH);
        }
        var earlier = store.find(actor.username(), key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestFingerprint().equals(requestFingerprint)) {
                throw new RuleViolation(Rule.SYS_03, "idempotency.key.reused");
            }
            return earlier.get();
        }
        StoredAnswer answer = work.get();
        store.save(actor.username(), key, new StoredAnswer(requestFingerprint, answer.status(), answer.location(),
                answer.body()));
        return answer;
    }
}
