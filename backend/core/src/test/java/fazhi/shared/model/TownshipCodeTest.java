package fazhi.shared.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class TownshipCodeTest {

    @Test
    void a_lowercase_pinyin_code_is_a_township_code() {
        // when
        TownshipCode code = TownshipCode.of("jinhe");

        // then
        assertThat(code.value()).isEqualTo("jinhe");
        assertThat(code).hasToString("jinhe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jh", "lanli-2", "a123456789012345678901234567890b"})
    void codes_of_two_to_32_lowercase_letters_digits_and_dashes_are_accepted(String value) {
        // then
        assertThat(TownshipCode.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"j", "Jinhe", "2jinhe", "-jinhe", "jin he", "锦和", "*",
            "a123456789012345678901234567890bc"})
    void other_codes_are_refused_on_township(String value) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> TownshipCode.of(value));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("township");
            assertThat(v.messageKey()).isEqualTo("township.code.format");
        });
    }
}
