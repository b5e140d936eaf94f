package fazhi.adapter.persistence.shared;

import fazhi.shared.model.RequestInFlight;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.IdempotencyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * SYS-03 in table {@code idempotency_keys}: a row with status 0 is a claim in flight, any other status the
 * first answer. Claims and releases commit on their own; the answer commits with the work it answers.
 */
@ApplicationScoped
public class IdempotencyPersistenceAdapter implements IdempotencyStore {

    /** A claim this old belongs to a request that died before it finished: a retry takes it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final int IN_FLIGHT = 0;

    private final EntityManager em;
    private final Clock clock;

    public IdempotencyPersistenceAdapter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String actor, String key, String requestFingerprint) {
        Instant now = clock.now();
        String token = UUID.randomUUID().toString();
        ExclusiveRows.createOrLock(em, "idempotency_keys", ExclusiveRows.columns("actor", actor,
                "idempotency_key", key, "request_fingerprint", requestFingerprint, "status", IN_FLIGHT,
                "claim_token", token, "created_at", now, "created_by", actor));
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT request_fingerprint, status, location, body, claim_token, created_at < ?3
                          FROM idempotency_keys WHERE actor = ?1 AND idempotency_key = ?2""")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, now.minus(ABANDONED_AFTER))
                .getSingleResult();
        String fingerprint = (String) row[0];
        int status = ((Number) row[1]).intValue();
        if (status != IN_FLIGHT) {
            return new Answered(new StoredAnswer(fingerprint, status, (String) row[2], (String) row[3]));
        }
        if (token.equals(row[4])) {
            return new Claimed(token);
        }
        boolean abandoned = ((Number) row[5]).intValue() == 1;
        if (abandoned && fingerprint.equals(requestFingerprint)) {
            em.createNativeQuery("""
                            UPDATE idempotency_keys SET claim_token = ?1, created_at = ?2
                             WHERE actor = ?3 AND idempotency_key = ?4""")
                    .setParameter(1, token).setParameter(2, now).setParameter(3, actor).setParameter(4, key)
                    .executeUpdate();
            return new Claimed(token);
        }
        return new InFlight(fingerprint);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String actor, String key, Claimed claim, StoredAnswer answer) {
        // the work's own writes first: a failure among them must come before this row is locked, so that the
        // claim can still be released by a transaction of its own
        em.flush();
        int kept = em.createNativeQuery("""
                        UPDATE idempotency_keys SET status = ?1, location = ?2, body = ?3, claim_token = NULL
                         WHERE actor = ?4 AND idempotency_key = ?5 AND claim_token = ?6""")
                .setParameter(1, answer.status()).setParameter(2, answer.location()).setParameter(3, answer.body())
                .setParameter(4, actor).setParameter(5, key).setParameter(6, claim.token())
                .executeUpdate();
        if (kept == 0) {
            // taken over as abandoned meanwhile: the other request's answer is the one to keep
            throw new RequestInFlight();
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String actor, String key, Claimed claim) {
        em.createNativeQuery("""
                        DELETE FROM idempotency_keys
                         WHERE actor = ?1 AND idempotency_key = ?2 AND claim_token = ?3 AND status = ?4""")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, claim.token())
                .setParameter(4, IN_FLIGHT).executeUpdate();
    }
}
