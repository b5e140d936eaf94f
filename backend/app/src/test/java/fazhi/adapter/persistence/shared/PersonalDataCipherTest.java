package fazhi.adapter.persistence.shared;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void what_is_encrypted_decrypts_to_itself_and_is_not_readable_at_rest() {
        // when
        String stored = cipher.encrypt("11010519491231002X");

        // then
        assertThat(stored).startsWith("v1:").doesNotContain("11010519491231002X");
        assertThat(cipher.decrypt(stored)).isEqualTo("11010519491231002X");
        assertThat(stored.length()).isLessThanOrEqualTo(PersonalDataConverter.columnLength(18));
    }

    @Test
    void the_same_value_encrypts_differently_each_time_but_has_one_fingerprint() {
        // then
        assertThat(cipher.encrypt("13800138000")).isNotEqualTo(cipher.encrypt("13800138000"));
        assertThat(cipher.fingerprint("13800138000")).isEqualTo(cipher.fingerprint("13800138000"))
                .hasSize(64).isNotEqualTo(new PersonalDataCipher(OTHER_KEY).fingerprint("13800138000"));
    }

    @Test
    void a_tampered_value_or_another_key_is_refused_not_misread() {
        // given
        String stored = cipher.encrypt("13800138000");
        String tampered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A=") ? "B=" : "A=");

        // then
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_stops_the_start() {
        // then
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void nothing_stays_nothing() {
        // then
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.fingerprint(null)).isNull();
    }
}
