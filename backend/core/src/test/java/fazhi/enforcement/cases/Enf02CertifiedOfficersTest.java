package fazhi.enforcement.cases;

import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Deliver;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.enforcement.model.CaseStatus;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-02: every officer holds a certificate valid on the action date and is not suspended. */
class Enf02CertifiedOfficersTest {

    private static final LocalDate EXPIRY = LocalDate.of(2025, 6, 9);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    Enf02CertifiedOfficersTest() {
        world.given(anOfficer().withId("officer-3").with(officerDetails().named("赵强")
                .holding(aCertificate().numbered("湘执证-0003").expiringOn(EXPIRY))));
    }

    @Test
    void filing_the_day_after_a_certificate_expired_is_refused_by_enf02_naming_the_officer() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1", "officer-3").details(), EXPIRY.plusDays(1))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
        assertThat(refusal.arguments()).containsExactly("赵强", EXPIRY.plusDays(1));
    }

    @Test
    void filing_on_the_day_the_certificate_expires_is_allowed() {
        // when
        CaseOverview filed = world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1", "officer-3").details(), EXPIRY));

        // then
        assertThat(filed.enforcementCase().status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void a_suspended_officer_may_not_file() {
        // given
        world.given(anOfficer().withId("officer-4").suspendedBecause("停职调查")
                .with(officerDetails().named("孙丽").holding(aCertificate().numbered("湘执证-0004"))));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1", "officer-4").details(), LocalDate.of(2025, 6, 2))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
        assertThat(refusal.arguments()).first().isEqualTo("孙丽");
    }

    @Test
    void notifying_after_the_certificate_expired_is_refused_by_enf02() {
        // given
        world.given(aCase().withId("case-1").withOfficers("officer-1", "officer-3").atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(EXPIRY.plusDays(1), fine("500.00"), false, true, "直接送达")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
    }

    @Test
    void deciding_the_day_after_the_certificate_expired_is_refused_by_enf02() {
        // given
        world.given(aCase().withId("case-1").withOfficers("officer-1", "officer-3").atVersion(3)
                .notifiedOn(LocalDate.of(2025, 6, 1), warning(), false));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(EXPIRY.plusDays(1), warning(), true)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
    }

    @Test
    void deciding_on_the_last_valid_day_is_allowed() {
        // given
        world.given(aCase().withId("case-1").withOfficers("officer-1", "officer-3").atVersion(3)
                .notifiedOn(LocalDate.of(2025, 6, 1), warning(), false));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(EXPIRY, warning(), true));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void delivering_after_the_certificate_expired_is_refused_by_enf02() {
        // given
        world.given(aCase().withId("case-1").withOfficers("officer-1", "officer-3").atVersion(3)
                .notifiedOn(LocalDate.of(2025, 6, 1), warning(), false)
                .decidedOn(EXPIRY, warning(), false));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.deliver(world.officer, JINHE, "case-1",
                3, new Deliver(EXPIRY.plusDays(1), "直接送达", null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-02");
    }
}
