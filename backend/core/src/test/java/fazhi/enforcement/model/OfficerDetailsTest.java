package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.InvalidInput.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class OfficerDetailsTest {

    @Test
    void a_name_is_required() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> officerDetails().named(" ").build());

        // then
        assertThat(refusal.violations()).containsExactly(new FieldViolation("name", "field.required", List.of()));
    }

    @Test
    void a_name_longer_than_50_characters_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> officerDetails().named("李".repeat(51)).build());

        // then
        assertThat(refusal.violations()).containsExactly(new FieldViolation("name", "field.tooLong", List.of(50)));
    }

    @Test
    void a_name_of_50_characters_is_accepted() {
        // when
        OfficerDetails details = officerDetails().named("李".repeat(50)).build();

        // then
        assertThat(details.name()).hasSize(50);
    }

    @Test
    void the_name_is_kept_without_surrounding_spaces() {
        assertThat(officerDetails().named(" 王芳 ").build().name()).isEqualTo("王芳");
    }

    @Test
    void a_department_is_required() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> officerDetails().in(null).build());

        // then
        assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly("department");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "0745-2345678", "12345"})
    void mobile_and_landline_numbers_are_accepted(String phone) {
        assertThat(officerDetails().withPhone(phone).build().phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "138-abcd-5678", "138123456789012345678", "(0745)2345678"})
    void other_phone_numbers_are_refused(String phone) {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> officerDetails().withPhone(phone).build());

        // then
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("phone", "officer.phone.format", List.of()));
    }

    @Test
    void a_blank_phone_means_no_phone() {
        assertThat(officerDetails().withPhone("   ").build().phone()).isNull();
    }

    @Test
    void an_officer_may_be_registered_before_holding_a_certificate() {
        assertThat(officerDetails().withoutCertificate().build().certificate()).isNull();
    }
}
