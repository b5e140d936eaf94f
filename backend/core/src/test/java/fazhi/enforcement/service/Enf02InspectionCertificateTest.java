package fazhi.enforcement.service;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.enforcement.model.RecordedResult;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.InspectionDraftBuilder.aDraft;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-02: every officer on an inspection holds a certificate valid on its day and is not suspended. */
class Enf02InspectionCertificateTest {

    private final InspectionFixture world = new InspectionFixture();

    void officerWhoseCertificateExpiresOn(String expiresOn) {
        world.given(anOfficer().withId("officer-3").with(officerDetails().named("舒立平")
                .holding(aCertificate().numbered("湘执法43122600103").expiringOn(LocalDate.parse(expiresOn)))));
    }

    @Test
    void a_certificate_that_expired_the_day_before_the_inspection_is_refused() {
        // given
        officerWhoseCertificateExpiresOn("2025-07-09");

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.proposed(aDraft().by("officer-1", "officer-3").on("2025-07-10")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
        assertThat(refusal.legalBasis()).isEqualTo("《行政处罚法》第42条");
        assertThat(refusal.arguments()).containsExactly("舒立平", LocalDate.of(2025, 7, 10));
        assertThat(world.inspections.saves()).isEmpty();
    }

    @Test
    void a_certificate_that_expires_on_the_day_of_the_inspection_is_still_valid() {
        // given
        officerWhoseCertificateExpiresOn("2025-07-10");

        // when
        Inspection inspection = world.proposed(aDraft().by("officer-1", "officer-3").on("2025-07-10"));

        // then
        assertThat(inspection.officerIds()).containsExactly("officer-1", "officer-3");
    }

    @Test
    void a_suspended_officer_may_not_inspect() {
        // given
        world.given(anOfficer().withId("officer-3").with(officerDetails().named("舒立平"))
                .suspendedBecause("执法证年审未通过"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.proposed(aDraft().by("officer-1", "officer-3")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
    }

    @Test
    void the_approval_checks_the_certificates_again_on_the_planned_day() {
        // given: proposed, then the officer is suspended
        Inspection proposed = world.proposed(aDraft());
        world.given(anOfficer().withId("officer-2").with(officerDetails().named("滕晓梅"))
                .suspendedBecause("涉嫌违纪"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.approve(world.leader, JINHE,
                proposed.id(), proposed.version(), false));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
        assertThat(world.inspections.stored(proposed.id()).status()).isEqualTo(InspectionStatus.PROPOSED);
    }

    @Test
    void the_result_is_checked_on_the_day_the_inspection_was_actually_done() {
        // given: planned on the last day of the certificate, done a day later
        officerWhoseCertificateExpiresOn("2025-07-10");
        Inspection notified = world.notified(aDraft().by("officer-1", "officer-3").on("2025-07-10"));
        world.today(LocalDate.of(2025, 7, 12));

        // when
        RuleViolation late = thrown(RuleViolation.class, () -> world.service.recordResult(world.officer, JINHE,
                notified.id(), notified.version(),
                RecordedResult.of(LocalDate.of(2025, 7, 11), InspectionResult.NO_PROBLEM, null, null, null)));
        Inspection onTime = world.service.recordResult(world.officer, JINHE, notified.id(), notified.version(),
                RecordedResult.of(LocalDate.of(2025, 7, 10), InspectionResult.NO_PROBLEM, null, null, null));

        // then
        assertThat(late.ruleId()).isEqualTo("ENF-02");
        assertThat(onTime.status()).isEqualTo(InspectionStatus.DONE);
    }
}
