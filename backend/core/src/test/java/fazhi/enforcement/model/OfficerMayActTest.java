package fazhi.enforcement.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static org.assertj.core.api.Assertions.assertThat;

/** What ENF-02 asks of each officer on a case: {@code Officer.mayActOn}. */
class OfficerMayActTest {

    private static final LocalDate ACTION_DATE = LocalDate.of(2025, 6, 30);

    @Test
    void an_active_officer_with_a_valid_certificate_may_act() {
        // given
        Officer officer = anOfficer().with(officerDetails().holding(aCertificate().expiringOn(ACTION_DATE))).build();

        // then
        assertThat(officer.mayActOn(ACTION_DATE)).isTrue();
    }

    @Test
    void a_suspended_officer_cannot_act() {
        // given
        Officer officer = anOfficer().suspendedBecause("涉嫌违纪，停职调查").build();

        // then
        assertThat(officer.details().certificate().isValidOn(ACTION_DATE)).isTrue();
        assertThat(officer.mayActOn(ACTION_DATE)).isFalse();
    }

    @Test
    void an_officer_without_certificate_cannot_act() {
        // given
        Officer officer = anOfficer().with(officerDetails().withoutCertificate()).build();

        // then
        assertThat(officer.mayActOn(ACTION_DATE)).isFalse();
    }

    @Test
    void an_officer_whose_certificate_expired_the_day_before_cannot_act() {
        // given
        Officer officer = anOfficer()
                .with(officerDetails().holding(aCertificate().expiringOn(ACTION_DATE.minusDays(1))))
                .build();

        // then
        assertThat(officer.mayActOn(ACTION_DATE)).isFalse();
    }
}
