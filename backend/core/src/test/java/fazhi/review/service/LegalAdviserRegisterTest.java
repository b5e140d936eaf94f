package fazhi.review.service;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.Consultation;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.EngagementStatus;
import fazhi.review.model.LegalAdviser;
import fazhi.review.model.LinkedRecordType;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** 法律顾问: engaged for a period, consulted within it, every entry audited. */
class LegalAdviserRegisterTest {

    private static final AdviserDetails ENGAGED_2025 = new AdviserDetails("向明远", "湖南芙蓉律师事务所",
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "项目投资、依法行政、行政诉讼");

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor clerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();

    private LegalAdviser engaged() {
        return world.adviserRegister.engage(clerk, JINHE, ENGAGED_2025);
    }

    @Test
    void an_engaged_adviser_is_active_within_the_period() {
        // when
        LegalAdviser adviser = engaged();

        // then
        assertThat(adviser.statusOn(LocalDate.of(2024, 12, 31))).isEqualTo(EngagementStatus.UPCOMING);
        assertThat(adviser.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(adviser.statusOn(LocalDate.of(2025, 12, 31))).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(adviser.statusOn(LocalDate.of(2026, 1, 1))).isEqualTo(EngagementStatus.ENDED);
        assertThat(world.auditLog.last().action()).isEqualTo("legal-adviser.engaged");
        assertThat(world.auditLog.last().changes()).contains(entry("lawFirm", new Change(null, "湖南芙蓉律师事务所")));
    }

    @Test
    void an_engagement_ending_before_it_starts_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new AdviserDetails("向明远", "湖南芙蓉律师事务所",
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("engagedUntil");
    }

    @Test
    void a_consultation_within_the_engagement_is_logged_and_audited() {
        // given
        LegalAdviser adviser = engaged();

        // when
        Consultation consultation = world.adviserRegister.consult(clerk, JINHE, adviser.id(),
                new ConsultationDetails(LocalDate.of(2025, 4, 8), "光伏项目投资协议", "建议明确违约责任条款",
                        LinkedRecordType.CONTRACT, "contract-7"));

        // then
        assertThat(consultation.adviserId()).isEqualTo(adviser.id());
        assertThat(world.consultations.stored(consultation.id()).details().subject()).isEqualTo("光伏项目投资协议");
        assertThat(world.auditLog.last().action()).isEqualTo("legal-adviser.consulted");
        assertThat(world.auditLog.last().recordType()).isEqualTo("legal-adviser-consultation");
    }

    @Test
    void a_consultation_outside_the_engagement_is_refused_on_consulted_on() {
        // given
        LegalAdviser adviser = engaged();

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.adviserRegister.consult(clerk, JINHE,
                adviser.id(), new ConsultationDetails(LocalDate.of(2026, 1, 5), "咨询", "意见", null, null)));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("consultedOn");
        assertThat(refusal.violations().get(0).arguments()).containsExactly("2025-01-01", "2025-12-31");
        assertThat(world.consultations.saves()).isEmpty();
    }

    @Test
    void a_linked_record_names_both_its_type_and_its_id() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ConsultationDetails(LocalDate.of(2025, 4, 8),
                "咨询", "意见", LinkedRecordType.CONTRACT, " "));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("linkedRecordId");
    }

    @Test
    void a_consultation_is_corrected_with_its_version() {
        // given
        LegalAdviser adviser = engaged();
        Consultation consultation = world.adviserRegister.consult(clerk, JINHE, adviser.id(),
                new ConsultationDetails(LocalDate.of(2025, 4, 8), "咨询", "意见", null, null));

        // when
        Consultation corrected = world.adviserRegister.updateConsultation(clerk, JINHE, adviser.id(),
                consultation.id(), 0, new ConsultationDetails(LocalDate.of(2025, 4, 9), "咨询", "意见", null, null));

        // then
        assertThat(corrected.details().consultedOn()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(corrected.version()).isEqualTo(1);
    }

    @Test
    void another_townships_adviser_and_its_consultations_are_not_found() {
        // given
        LegalAdviser adviser = engaged();
        Actor gaocunClerk = a(Role.STAFF).of(GAOCUN).build();

        // then
        thrown(RecordNotFound.class, () -> world.adviserRegister.get(gaocunClerk, JINHE, adviser.id()));
        thrown(RecordNotFound.class, () -> world.adviserRegister.get(gaocunClerk, GAOCUN, adviser.id()));
        thrown(RecordNotFound.class, () -> world.adviserRegister.consult(gaocunClerk, GAOCUN, adviser.id(),
                new ConsultationDetails(LocalDate.of(2025, 4, 8), "咨询", "意见", null, null)));
    }
}
