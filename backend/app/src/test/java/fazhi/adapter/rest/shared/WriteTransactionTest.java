package fazhi.adapter.rest.shared;

import fazhi.testing.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PessimisticLockException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry net: a serialization failure runs the whole transaction again; what failed left nothing behind. */
@QuarkusTest
class WriteTransactionTest {

    @Inject
    FlakyWork work;
    @Inject
    Sql sql;

    @org.junit.jupiter.api.BeforeEach
    void countFromZero() {
        work.reset();
    }

    @Test
    void a_deadlock_rolls_the_attempt_back_and_runs_the_work_again() {
        // given
        String key = UUID.randomUUID().toString();

        // when
        int attempts = work.failingTimes(2, key);

        // then
        assertThat(attempts).isEqualTo(3);
        assertThat(sql.count("select count(*) from idempotency_keys where idempotency_key like ?", key + "%"))
                .isEqualTo(1);
        assertThat(sql.count("select count(*) from idempotency_keys where idempotency_key = ?", key + "-3"))
                .isEqualTo(1);
    }

    @Test
    void failures_that_persist_give_up_after_five_attempts_as_a_transient_conflict_having_written_nothing() {
        // given
        String key = UUID.randomUUID().toString();

        // when / then
        assertThatThrownBy(() -> work.failingTimes(99, key)).isInstanceOf(TransientConflict.class);
        assertThat(work.attempts()).isEqualTo(WriteTransactionInterceptor.ATTEMPTS);
        assertThat(sql.count("select count(*) from idempotency_keys where idempotency_key like ?", key + "%"))
                .isZero();
    }

    @Test
    void other_failures_are_not_retried() {
        // given
        String key = UUID.randomUUID().toString();

        // when / then
        assertThatThrownBy(() -> work.refused(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(work.attempts()).isEqualTo(1);
        assertThat(sql.count("select count(*) from idempotency_keys where idempotency_key like ?", key + "%"))
                .isZero();
    }

    @Test
    void deadlocks_and_lock_waits_are_told_from_other_failures_through_their_causes() {
        assertThat(WriteTransactionInterceptor.isSerializationFailure(new IllegalStateException(
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(WriteTransactionInterceptor.isSerializationFailure(new RuntimeException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))).isTrue();
        assertThat(WriteTransactionInterceptor.isSerializationFailure(new RuntimeException(
                new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
    }

    /** Writes a row, then fails as a deadlock would, a given number of times. */
    @ApplicationScoped
    static class FlakyWork {

        private final AtomicInteger attempts = new AtomicInteger();
        private final EntityManager em;

        FlakyWork(EntityManager em) {
            this.em = em;
        }

        void reset() {
            attempts.set(0);
        }

        int attempts() {
            return attempts.get();
        }

        @WriteTransaction
        int failingTimes(int failures, String key) {
            int attempt = attempts.incrementAndGet();
            write(key + "-" + attempt);
            if (attempt <= failures) {
                throw new PessimisticLockException("Deadlock found when trying to get lock",
                        new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return attempt;
        }

        @WriteTransaction
        void refused(String key) {
            attempts.incrementAndGet();
            write(key);
            throw new IllegalArgumentException("not a serialization failure");
        }

        private void write(String key) {
            em.createNativeQuery("""
                            INSERT INTO idempotency_keys (actor, idempotency_key, request_fingerprint, status,
                                                          created_at, created_by)
                            VALUES ('t-retry', ?1, 'f', 201, CURRENT_TIMESTAMP, 't-retry')""")
                    .setParameter(1, key).executeUpdate();
        }
    }
}
