package fazhi.shared.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110108551385082Q", "91440300708461136T"})
    void codes_with_the_right_gb32100_check_character_are_accepted(String value) {
        // then
        assertThat(CreditCode.parse("enterprise.creditCode", value.toLowerCase()).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91110108551385082R", "91110000100001707L"})
    void a_wrong_check_character_is_refused_naming_the_field(String value) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> CreditCode.parse("enterprise.creditCode", value));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("enterprise.creditCode");
            assertThat(v.messageKey()).isEqualTo("creditCode.checkCharacter");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100I000100Y43", "9135 0100M000100Y43"})
    void a_wrong_shape_is_refused(String value) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> CreditCode.parse("creditCode", value));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("creditCode.format"));
    }
}
