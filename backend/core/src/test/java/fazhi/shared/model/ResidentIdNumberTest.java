package fazhi.shared.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "110101199003074477"})
    void numbers_with_the_right_gb11643_check_character_are_accepted(String value) {
        // then
        assertThat(ResidentIdNumber.parse("party.idNumber", value).value()).isEqualTo(value);
    }

    @Test
    void a_lowercase_x_is_read_as_the_check_character_x() {
        // then
        assertThat(ResidentIdNumber.parse("party.idNumber", "11010519491231002x").value())
                .isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440524188001010015", "110101199003074478"})
    void a_wrong_check_character_is_refused_naming_the_field(String value) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> ResidentIdNumber.parse("party.idNumber", value));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("party.idNumber");
            assertThat(v.messageKey()).isEqualTo("idNumber.checkCharacter");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491331002X", "1101051949123100", "11010519491231002Y", "A10105194912310021"})
    void a_wrong_shape_or_birth_date_is_refused(String value) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> ResidentIdNumber.parse("party.idNumber", value));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("idNumber.format"));
    }

    @Test
    void it_shows_itself_masked() {
        // then
        assertThat(ResidentIdNumber.parse("idNumber", "440524188001010014")).hasToString("440***********0014");
    }
}
