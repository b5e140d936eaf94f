package fazhi.review.service;

import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.InvalidInput;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A year's figures: counts by subject type and outcome, and the average working days to an opinion. */
class ReviewStatisticsTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();

    @Test
    void counts_are_summed_and_working_days_averaged_over_the_rounds_answered() {
        // given: one round over the National Day week (2 working days), one plain week (5), one of a contract (4)
        world.reviews.givenStatistics(List.of(
                        new ReviewStatistics.Count(SubjectType.MAJOR_DECISION, ReviewOutcome.APPROVED, 2),
                        new ReviewStatistics.Count(SubjectType.CONTRACT, ReviewOutcome.REJECTED, 1)),
                List.of(new ReviewStatistics.DecidedRound(SubjectType.MAJOR_DECISION, LocalDate.of(2025, 9, 29),
                                LocalDate.of(2025, 10, 9)),
                        new ReviewStatistics.DecidedRound(SubjectType.MAJOR_DECISION, LocalDate.of(2025, 3, 3),
                                LocalDate.of(2025, 3, 10)),
                        new ReviewStatistics.DecidedRound(SubjectType.CONTRACT, LocalDate.of(2025, 3, 3),
                                LocalDate.of(2025, 3, 7))));

        // when
        ReviewStatistics statistics = world.service.statistics(world.leader, JINHE, 2025);

        // then
        assertThat(statistics.reviews()).isEqualTo(3);
        assertThat(statistics.decidedRounds()).isEqualTo(3);
        assertThat(statistics.averageWorkingDays()).isEqualTo(3.7);
        assertThat(statistics.durations()).containsExactly(
                new ReviewStatistics.Duration(SubjectType.MAJOR_DECISION, 2, 3.5),
                new ReviewStatistics.Duration(SubjectType.CONTRACT, 1, 4.0));
    }

    @Test
    void a_year_without_answered_rounds_has_no_average() {
        // when
        ReviewStatistics statistics = world.service.statistics(world.leader, JINHE, 2026);

        // then
        assertThat(statistics.reviews()).isZero();
        assertThat(statistics.averageWorkingDays()).isNull();
    }

    @Test
    void a_year_out_of_range_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.statistics(world.leader, JINHE, 1999));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("year");
    }
}
