package fazhi.enforcement.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.CertificateBuilder.aCertificate;
import static org.assertj.core.api.Assertions.assertThat;

/** The validity ENF-02 asks of every officer's certificate on the action date: issue and expiry day included. */
class CertificateValidityTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 7, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2025, 6, 30);

    private final Certificate certificate = aCertificate().issuedOn(ISSUED).expiringOn(EXPIRES).build();

    @Test
    void a_certificate_is_valid_on_its_issue_day() {
        assertThat(certificate.isValidOn(ISSUED)).isTrue();
    }

    @Test
    void a_certificate_is_valid_on_its_expiry_day() {
        assertThat(certificate.isValidOn(EXPIRES)).isTrue();
    }

    @Test
    void a_certificate_is_valid_between_issue_and_expiry() {
        assertThat(certificate.isValidOn(LocalDate.of(2024, 2, 29))).isTrue();
    }

    @Test
    void a_certificate_is_not_valid_the_day_after_its_expiry() {
        assertThat(certificate.isValidOn(EXPIRES.plusDays(1))).isFalse();
    }

    @Test
    void a_certificate_is_not_valid_the_day_before_its_issue() {
        assertThat(certificate.isValidOn(ISSUED.minusDays(1))).isFalse();
    }

    @Test
    void a_certificate_whose_last_valid_day_is_within_the_window_expires_within_it() {
        // given: 30 days after 2025-06-01 is 2025-07-01, the first day it is no longer valid
        LocalDate today = EXPIRES.minusDays(29);

        // then
        assertThat(certificate.expiresWithin(today, 30)).isTrue();
    }

    @Test
    void a_certificate_still_valid_at_the_end_of_the_window_does_not_expire_within_it() {
        // given: 30 days after 2025-05-31 is 2025-06-30, the expiry day, still valid
        LocalDate today = EXPIRES.minusDays(30);

        // then
        assertThat(certificate.expiresWithin(today, 30)).isFalse();
    }

    @Test
    void a_certificate_on_its_expiry_day_expires_within_one_day() {
        assertThat(certificate.expiresWithin(EXPIRES, 1)).isTrue();
    }

    @Test
    void nothing_expires_within_zero_days() {
        assertThat(certificate.expiresWithin(EXPIRES, 0)).isFalse();
    }

    @Test
    void an_expired_certificate_is_not_expiring_any_more() {
        assertThat(certificate.expiresWithin(EXPIRES.plusDays(1), 30)).isFalse();
    }

    @Test
    void a_certificate_not_yet_issued_is_not_expiring() {
        // given: a short certificate whose whole life lies inside the window, seen before its issue
        Certificate future = aCertificate().issuedOn(LocalDate.of(2025, 7, 10)).expiringOn(LocalDate.of(2025, 7, 20))
                .build();

        // then
        assertThat(future.expiresWithin(LocalDate.of(2025, 7, 1), 30)).isFalse();
    }
}
