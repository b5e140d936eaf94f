package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RequestInFlight;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.port.in.IdempotentRequests;
import fazhi.shared.port.out.IdempotencyStore;
import fazhi.shared.port.out.IdempotencyStore.Answered;
import fazhi.shared.port.out.IdempotencyStore.Claim;
import fazhi.shared.port.out.IdempotencyStore.Claimed;
import fazhi.shared.port.out.IdempotencyStore.InFlight;
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
        Claim claim = store.claim(actor.username(), key, requestFingerprint);
        if (claim instanceof Answered answered) {
            requireSameRequest(answered.answer().requestFingerprint(), requestFingerprint);
            return answered.answer();
        }
        if (claim instanceof InFlight inFlight) {
            requireSameRequest(inFlight.requestFingerprint(), requestFingerprint);
            throw new RequestInFlight();
        }
        Claimed mine = (Claimed) claim;
        StoredAnswer answer;
        try {
            answer = work.get();
        } catch (RuntimeException e) {
            store.release(actor.username(), key, mine);
            throw e;
        }
        StoredAnswer kept = new StoredAnswer(requestFingerprint, answer.status(), answer.location(), answer.body());
        store.complete(actor.username(), key, mine, kept);
        return kept;
    }

    private static void requireSameRequest(String first, String now) {
        if (!first.equals(now)) {
            throw new RuleViolation(Rule.SYS_03, "idempotency.key.reused");
        }
    }
}
