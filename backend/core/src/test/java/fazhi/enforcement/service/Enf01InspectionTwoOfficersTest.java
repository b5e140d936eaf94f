package fazhi.enforcement.service;

import fazhi.enforcement.model.InspectedOfficer;
import fazhi.enforcement.model.Inspection;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import static fazhi.testing.InspectionDraftBuilder.aDraft;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-01: an inspection has at least two officers. */
class Enf01InspectionTwoOfficersTest {

    private final InspectionFixture world = new InspectionFixture();

    @Test
    void one_officer_is_refused_and_nothing_is_saved() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.proposed(aDraft().by("officer-1")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
        assertThat(refusal.legalBasis()).isEqualTo("《行政处罚法》第42条");
        assertThat(refusal.arguments()).containsExactly(1L);
        assertThat(world.inspections.saves()).isEmpty();
    }

    @Test
    void the_same_officer_named_twice_is_one_officer() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.proposed(aDraft().by("officer-1", "officer-1")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
    }

    @Test
    void no_officer_at_all_is_refused_by_the_rule() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.proposed(aDraft().by()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
    }

    @Test
    void two_officers_are_kept_with_the_certificates_they_show() {
        // when
        Inspection inspection = world.proposed(aDraft().by("officer-1", "officer-2"));

        // then
        assertThat(inspection.officers()).containsExactly(
                new InspectedOfficer("officer-1", "龙建国", "湘执法43122600101"),
                new InspectedOfficer("officer-2", "滕晓梅", "湘执法43122600102"));
    }

    @Test
    void an_officer_of_no_record_is_invalid_input_naming_the_position() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.proposed(aDraft().by("officer-1", "officer-9")));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("officerIds[1]");
    }
}
