package fazhi.shared.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(Masking.mask("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void an_id_number_keeps_its_first_three_and_last_four_characters() {
        assertThat(Masking.mask("43122819900101123X")).isEqualTo("431***********123X");
    }

    @Test
    void an_eight_character_value_hides_only_its_middle_character() {
        assertThat(Masking.mask("07452345")).isEqualTo("074*2345");
    }

    @Test
    void a_value_of_seven_characters_or_fewer_is_hidden_entirely() {
        assertThat(Masking.mask("1234567")).isEqualTo("*******");
        assertThat(Masking.mask("12345")).isEqualTo("*****");
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(Masking.mask(null)).isNull();
    }
}
