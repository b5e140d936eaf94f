package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import org.junit.jupiter.api.Test;

import static fazhi.testing.MatterDetailsBuilder.matterDetails;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class MatterDetailsTest {

    @Test
    void a_county_delegated_matter_names_the_county_document() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> matterDetails().from(MatterSource.COUNTY_DELEGATED, " ").build());

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("delegationReference");
            assertThat(v.messageKey()).isEqualTo("matter.delegation.referenceRequired");
        });
    }

    @Test
    void an_own_matter_names_no_delegation() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> matterDetails().from(MatterSource.OWN, "麻政发〔2024〕8号").build());

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                .containsExactly("matter.delegation.onlyDelegated");
    }

    @Test
    void texts_are_stripped_and_a_blank_reference_of_an_own_matter_is_none() {
        // when
        MatterDetails details = matterDetails().coded("  JH-JC-003 ").from(MatterSource.OWN, "  ").build();

        // then
        assertThat(details.code()).isEqualTo("JH-JC-003");
        assertThat(details.delegationReference()).isNull();
    }

    @Test
    void every_missing_field_is_named_at_once() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> new MatterDetails(" ", null, null, null, "", null, null, null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactlyInAnyOrder("code", "name", "kind", "field", "legalBasis", "department", "source");
    }

    @Test
    void an_over_long_code_is_refused() {
        InvalidInput refusal = thrown(InvalidInput.class, () -> matterDetails().coded("X".repeat(41)).build());
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                .containsExactly("field.tooLong");
    }
}
