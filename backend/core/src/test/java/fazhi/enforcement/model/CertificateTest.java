package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.InvalidInput.FieldViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 7, 1);

    @Test
    void a_certificate_expiring_on_its_issue_day_is_refused_on_expires_on() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> aCertificate().issuedOn(ISSUED).expiringOn(ISSUED).build());

        // then
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("certificate.expiresOn", "certificate.expiresBeforeIssue", List.of()));
    }

    @Test
    void a_certificate_expiring_before_its_issue_is_refused_on_expires_on() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> aCertificate().issuedOn(ISSUED).expiringOn(ISSUED.minusDays(1)).build());

        // then
        assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly("certificate.expiresOn");
    }

    @Test
    void a_certificate_valid_for_one_day_after_issue_is_accepted() {
        // when
        Certificate certificate = aCertificate().issuedOn(ISSUED).expiringOn(ISSUED.plusDays(1)).build();

        // then
        assertThat(certificate.expiresOn()).isEqualTo(ISSUED.plusDays(1));
    }

    @Test
    void a_certificate_without_number_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> aCertificate().numbered("  ").build());

        // then
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("certificate.number", "field.required", List.of()));
    }

    @Test
    void a_number_longer_than_40_characters_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> aCertificate().numbered("N".repeat(41)).build());

        // then
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("certificate.number", "field.tooLong", List.of(40)));
    }

    @Test
    void a_number_of_40_characters_is_accepted() {
        // when
        Certificate certificate = aCertificate().numbered("N".repeat(40)).build();

        // then
        assertThat(certificate.number()).hasSize(40);
    }

    @Test
    void the_number_is_kept_without_surrounding_spaces() {
        // when
        Certificate certificate = aCertificate().numbered("  湘执证-0001 ").build();

        // then
        assertThat(certificate.number()).isEqualTo("湘执证-0001");
    }

    @Test
    void every_missing_field_is_named_at_once() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new Certificate(null, null, null));

        // then
        assertThat(refusal.violations()).extracting(FieldViolation::field)
                .containsExactly("certificate.number", "certificate.issuedOn", "certificate.expiresOn");
    }
}
