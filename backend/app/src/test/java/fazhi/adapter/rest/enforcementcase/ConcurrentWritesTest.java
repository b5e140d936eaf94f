package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fazhi.adapter.rest.enforcementcase.CaseApi.ACTION;
import static fazhi.adapter.rest.enforcementcase.CaseApi.CASES;
import static fazhi.adapter.rest.enforcementcase.CaseApi.caseBody;
import static fazhi.adapter.rest.enforcementcase.CaseApi.team;
import static fazhi.adapter.rest.enforcementcase.CaseApi.unique;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent writes against the real database, started together behind a gate: a township's writes line up on
 * its audit chain head (SYS-01) without a deadlock reaching the caller; numbers stay unique and gap-free; a key
 * retried concurrently is done once (SYS-03).
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final String OFFICERS = "/api/v1/townships/{t}/officers";
    private static final String VERIFY = "/api/v1/audit-events/verify";
    private static final Pattern CASE_NUMBER = Pattern.compile("锦和执立〔(\\d{4})〕第(\\d+)号");

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    @Test
    void a_hundred_concurrent_creates_in_one_township_all_succeed_and_the_chain_stays_whole() {
        // when
        List<Response> answers = together(100, i -> as(Users.JINHE_STAFF)
                .header("Idempotency-Key", unique("many-"))
                .body(officer(unique("并发" + i + "-")))
                .post(OFFICERS, "jinhe"));

        // then
        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers.stream().map(a -> a.path("id")).distinct()).hasSize(100);
        chainIsWholeAndContiguous("jinhe");
    }

    @Test
    void fifty_concurrent_filings_take_unique_gap_free_case_numbers() {
        // given
        List<String> officers = team("jinhe");

        // when
        List<Response> answers = together(50, i -> as(Users.JINHE_OFFICER).body(caseBody(officers))
                .post(CASES, "jinhe"));

        // then
        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        List<Integer> numbers = answers.stream().map(a -> sequenceOf(a.path("caseNumber"))).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(49);
        chainIsWholeAndContiguous("jinhe");
    }

    @Test
    void fifty_concurrent_actions_on_different_cases_all_succeed() {
        // given
        List<String> officers = team("jinhe");
        List<CaseApi.Filed> filed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            filed.add(CaseApi.file(caseBody(officers)));
        }

        // when
        List<Response> answers = together(50, i -> as(Users.JINHE_OFFICER).header("If-Match", filed.get(i).etag())
                .body(Map.of("summary", "现场勘验，询问当事人。"))
                .post(ACTION, "jinhe", filed.get(i).id(), "investigate"));

        // then
        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers).extracting(a -> a.<String>path("status")).containsOnly("INVESTIGATING");
        chainIsWholeAndContiguous("jinhe");
    }

    @Test
    void sys03_thirty_concurrent_retries_of_one_key_make_one_record_and_never_fail() {
        // given
        String key = unique("retried-");
        String name = unique("重试");
        Map<String, Object> body = officer(name);

        // when
        List<Response> answers = together(30, i -> as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body)
                .post(OFFICERS, "jinhe"));

        // then: the first answer, or 409 while the first was still in flight; never a second record
        assertThat(answers).extracting(Response::statusCode).isSubsetOf(201, 409).contains(201);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.path("id")).distinct())
                .hasSize(1);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> {
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.<String>path("rule")).isEqualTo("SYS-03");
            assertThat(a.header("Retry-After")).isEqualTo("1");
        });
        assertThat(sql.count("select count(*) from officers where name = ?", name)).isEqualTo(1);

        // and a later retry gets the first answer
        Response later = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body).post(OFFICERS, "jinhe");
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(later.<String>path("id")).isEqualTo(answers.stream().filter(a -> a.statusCode() == 201)
                .findFirst().orElseThrow().path("id"));
    }

    @Test
    void concurrent_creates_in_two_townships_at_once_keep_both_chains_whole() {
        // when
        List<Response> answers = together(60, i -> (i % 2 == 0 ? as(Users.JINHE_STAFF) : as(Users.GAOCUN_STAFF))
                .body(officer(unique("两镇" + i + "-")))
                .post(OFFICERS, i % 2 == 0 ? "jinhe" : "gaocun"));

        // then
        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        chainIsWholeAndContiguous("jinhe");
        chainIsWholeAndContiguous("gaocun");
    }

    /** Runs {@code n} requests on {@code n} threads, released at the same moment; answers in request order. */
    private static List<Response> together(int n, IntFunction<Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                pending.add(pool.submit(() -> {
                    gate.await();
                    return request.apply(index);
                }));
            }
            gate.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pending) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void chainIsWholeAndContiguous(String township) {
        Response verified = as(Users.COUNTY_AUDITOR).queryParam("township", township).get(VERIFY);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.<Boolean>path("intact")).isTrue();
        long events = sql.count("select count(*) from audit_events where township = ?", township);
        assertThat(sql.count("select max(sequence) from audit_events where township = ?", township))
                .isEqualTo(events);
        assertThat(sql.count("select count(distinct sequence) from audit_events where township = ?", township))
                .isEqualTo(events);
        assertThat(sql.count("select last_sequence from audit_chain_heads where township = ?", township))
                .isEqualTo(events);
    }

    private static Map<String, Object> officer(String name) {
        return Map.of("name", name, "department", "EMERGENCY", "phone", "0745-5123456");
    }

    private static int sequenceOf(String caseNumber) {
        Matcher m = CASE_NUMBER.matcher(caseNumber);
        assertThat(m.matches()).as(caseNumber).isTrue();
        return Integer.parseInt(m.group(2));
    }
}
