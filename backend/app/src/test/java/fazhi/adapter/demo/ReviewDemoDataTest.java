package fazhi.adapter.demo;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo reviews load through the rules on their 2025 dates, once. */
@QuarkusTest
class ReviewDemoDataTest {

    @Inject
    ReviewDemoData demo;
    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    String status(String ref) {
        return sql.count("select count(*) from legality_reviews where township = 'jinhe' and subject_ref = ?", ref)
                == 1 ? statusOf(ref) : "missing";
    }

    String statusOf(String ref) {
        for (String status : new String[] {"PENDING", "APPROVED", "APPROVED_WITH_CHANGES", "REJECTED"}) {
            if (sql.count("select count(*) from legality_reviews where township = 'jinhe' and subject_ref = ? "
                    + "and status = ?", ref, status) == 1) {
                return status;
            }
        }
        return "unknown";
    }

    @Test
    void the_2025_reviews_stand_in_each_state_and_a_second_load_adds_nothing() {
        // given
        townships.ensure();

        // when
        QuarkusTransaction.requiringNew().run(demo::load);
        long loaded = sql.count("select count(*) from legality_reviews where township = 'jinhe'");
        QuarkusTransaction.requiringNew().run(demo::load);

        // then
        assertThat(sql.count("select count(*) from legality_reviews where township = 'jinhe'")).isEqualTo(loaded);
        assertThat(status("JC-2025-01")).isEqualTo("APPROVED");
        assertThat(status("HT-2025-018")).isEqualTo("APPROVED_WITH_CHANGES");
        assertThat(status("HT-2025-023")).isEqualTo("APPROVED");
        assertThat(sql.count("select current_round from legality_reviews where subject_ref = 'HT-2025-023'"))
                .isEqualTo(2);
        assertThat(status("AJ-2025-006")).isEqualTo("APPROVED");
        assertThat(status("QT-2025-004")).isEqualTo("REJECTED");
        assertThat(status("HT-2025-031")).isEqualTo("PENDING");
        assertThat(sql.count("select count(*) from legality_reviews where subject_ref = 'HT-2025-031' "
                + "and due_on = '2025-12-29'")).isEqualTo(1);
        assertThat(sql.count("select count(*) from legality_reviews where township = 'jinhe' and status = 'PENDING' "
                + "and created_by in ('staff', 'leader') and due_on >= current_date")).isGreaterThanOrEqualTo(3);
        assertThat(sql.count("select count(*) from legality_review_rounds r join legality_reviews v "
                + "on v.id = r.review_id where v.subject_ref = 'JC-2025-01' and r.decided_on = '2025-04-25'"))
                .isEqualTo(1);
    }
}
