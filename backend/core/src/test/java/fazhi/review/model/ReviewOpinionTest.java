package fazhi.review.model;

import fazhi.shared.model.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** An opinion lists what it requires or why it refuses; 修改后通过 and 不通过 without a list are refused. */
class ReviewOpinionTest {

    @Test
    void an_approval_with_changes_lists_at_least_one_change() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ReviewOpinion.ApprovedWithChanges(List.of()));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("requiredChanges");
    }

    @Test
    void a_rejection_gives_at_least_one_reason() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ReviewOpinion.Rejected(null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("reasons");
    }

    @Test
    void a_blank_reason_is_named_by_its_position() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> new ReviewOpinion.Rejected(Arrays.asList("违反上位法", " ")));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("reasons[1]");
    }

    @Test
    void an_over_long_change_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> new ReviewOpinion.ApprovedWithChanges(List.of("改".repeat(1001))));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                .containsExactly("field.tooLong");
    }

    @Test
    void items_and_the_early_reason_are_stripped_and_a_blank_reason_is_none() {
        // when
        var opinion = new ReviewOpinion.ApprovedWithChanges(List.of("  删除第五条  "), "   ");

        // then
        assertThat(opinion.requiredChanges()).containsExactly("删除第五条");
        assertThat(opinion.earlyReason()).isNull();
        assertThat(opinion.outcome()).isEqualTo(ReviewOutcome.APPROVED_WITH_CHANGES);
    }
}
