package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.InvalidInput.FieldViolation;
import fazhi.shared.model.RequestInFlight;
import fazhi.shared.model.Role;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.port.out.IdempotencyStore.StoredAnswer;
import fazhi.testing.InMemoryIdempotencyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-03: a POST with an Idempotency-Key is done once; a retry gets the first answer. */
class Sys03IdempotencyTest {

    private static final String KEY = "7f1c2a9e-registration-1";
    private static final String FINGERPRINT = "POST /townships/jinhe/officers sha256:aa11";

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final IdempotencyService idempotency = new IdempotencyService(store);
    private final Actor clerk = a(Role.STAFF).named("wang.clerk").of(JINHE).build();
    private final CountingWork work = new CountingWork();

    /** The request's real work: counts how often it ran and answers a new location each time. */
    private static final class CountingWork implements Supplier<StoredAnswer> {
        private final AtomicInteger runs = new AtomicInteger();

        @Override
        public StoredAnswer get() {
            int run = runs.incrementAndGet();
            return new StoredAnswer("ignored", 201, "/townships/jinhe/officers/o-" + run, "{\"run\":" + run + "}");
        }

        int runs() {
            return runs.get();
        }
    }

    @Test
    void without_a_key_the_work_runs_every_time() {
        // when
        StoredAnswer first = idempotency.once(clerk, null, FINGERPRINT, work);
        StoredAnswer second = idempotency.once(clerk, null, FINGERPRINT, work);

        // then
        assertThat(work.runs()).isEqualTo(2);
        assertThat(first.location()).isEqualTo("/townships/jinhe/officers/o-1");
        assertThat(second.location()).isEqualTo("/townships/jinhe/officers/o-2");
        assertThat(store.size()).isZero();
    }

    @Test
    void a_new_key_runs_the_work_once_and_keeps_its_answer_with_the_request_fingerprint() {
        // when
        StoredAnswer answer = idempotency.once(clerk, KEY, FINGERPRINT, work);

        // then
        assertThat(work.runs()).isEqualTo(1);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(store.find("wang.clerk", KEY)).contains(
                new StoredAnswer(FINGERPRINT, 201, "/townships/jinhe/officers/o-1", "{\"run\":1}"));
    }

    @Test
    void a_retry_of_the_same_request_gets_the_first_answer_without_running_the_work() {
        // given
        idempotency.once(clerk, KEY, FINGERPRINT, work);

        // when
        StoredAnswer retry = idempotency.once(clerk, KEY, FINGERPRINT, work);

        // then
        assertThat(work.runs()).isEqualTo(1);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.location()).isEqualTo("/townships/jinhe/officers/o-1");
        assertThat(retry.body()).isEqualTo("{\"run\":1}");
    }

    @Test
    void the_same_key_with_another_request_is_refused_by_sys_03() {
        // given
        idempotency.once(clerk, KEY, FINGERPRINT, work);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> idempotency.once(clerk, KEY, "POST /townships/jinhe/officers sha256:bb22", work));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-03");
        assertThat(refusal.messageKey()).isEqualTo("idempotency.key.reused");
        assertThat(work.runs()).isEqualTo(1);
    }

    @Test
    void keys_belong_to_their_caller() {
        // given
        idempotency.once(clerk, KEY, FINGERPRINT, work);
        Actor otherClerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();

        // when
        StoredAnswer answer = idempotency.once(otherClerk, KEY, FINGERPRINT, work);

        // then
        assertThat(work.runs()).isEqualTo(2);
        assertThat(answer.location()).isEqualTo("/townships/jinhe/officers/o-2");
    }

    @Test
    void work_that_fails_keeps_no_answer_so_a_retry_runs_again() {
        // given
        Supplier<StoredAnswer> failing = () -> {
            throw new IllegalStateException("database down");
        };
        thrown(IllegalStateException.class, () -> idempotency.once(clerk, KEY, FINGERPRINT, failing));

        // when
        idempotency.once(clerk, KEY, FINGERPRINT, work);

        // then
        assertThat(work.runs()).isEqualTo(1);
    }

    @Test
    void a_retry_while_the_first_request_is_still_in_flight_is_told_so_without_running_the_work() {
        // given
        store.inFlight("wang.clerk", KEY, FINGERPRINT);

        // when
        thrown(RequestInFlight.class, () -> idempotency.once(clerk, KEY, FINGERPRINT, work));

        // then
        assertThat(work.runs()).isZero();
    }

    @Test
    void another_request_with_a_key_in_flight_is_refused_by_sys_03() {
        // given
        store.inFlight("wang.clerk", KEY, FINGERPRINT);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> idempotency.once(clerk, KEY, "POST /townships/jinhe/officers sha256:bb22", work));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-03");
        assertThat(work.runs()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_key_is_refused_on_idempotency_key(String key) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> idempotency.once(clerk, key, FINGERPRINT, work));

        // then
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("Idempotency-Key", "idempotency.key.format", List.of(100)));
        assertThat(work.runs()).isZero();
    }

    @Test
    void a_key_longer_than_100_characters_is_refused_on_idempotency_key() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> idempotency.once(clerk, "k".repeat(101), FINGERPRINT, work));

        // then
        assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly("Idempotency-Key");
        assertThat(work.runs()).isZero();
    }

    @Test
    void a_key_of_100_characters_is_accepted() {
        // when
        idempotency.once(clerk, "k".repeat(100), FINGERPRINT, work);

        // then
        assertThat(work.runs()).isEqualTo(1);
    }
}
