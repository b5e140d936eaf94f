package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A result as stated: a pass with score and certificate, a fail with a score, an absence with neither. */
class ExamResultTest {

    private final Certificate certificate = aCertificate().build();

    private static String field(InvalidInput refusal) {
        assertThat(refusal.violations()).hasSize(1);
        return refusal.violations().get(0).field() + ":" + refusal.violations().get(0).messageKey();
    }

    @Test
    void a_pass_needs_the_certificate() {
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.PASSED, 80, null))))
                .isEqualTo("certificate:exam.certificate.requiredOnPass");
    }

    @Test
    void only_a_pass_carries_a_certificate() {
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.FAILED, 50, certificate))))
                .isEqualTo("certificate:exam.certificate.onlyOnPass");
    }

    @Test
    void a_pass_and_a_fail_need_a_score_from_0_to_100() {
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.FAILED, null, null))))
                .isEqualTo("score:field.required");
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.PASSED, 101, certificate))))
                .isEqualTo("score:field.range");
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.FAILED, -1, null))))
                .isEqualTo("score:field.range");
        assertThat(ExamResult.of(ExamStatus.PASSED, 100, certificate).score()).isEqualTo(100);
        assertThat(ExamResult.of(ExamStatus.FAILED, 0, null).score()).isZero();
    }

    @Test
    void an_absence_has_no_score() {
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.ABSENT, 0, null))))
                .isEqualTo("score:exam.score.absent");
        assertThat(ExamResult.of(ExamStatus.ABSENT, null, null)).isInstanceOf(ExamResult.Absent.class);
    }

    @Test
    void registered_is_not_a_result() {
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(ExamStatus.REGISTERED, null, null))))
                .isEqualTo("result:exam.result.notAResult");
        assertThat(field(thrown(InvalidInput.class, () -> ExamResult.of(null, null, null))))
                .isEqualTo("result:field.required");
    }

    @Test
    void a_registration_comes_before_the_exam_held_in_its_year_or_early_the_next() {
        assertThat(new ExamRegistrationDetails("向明辉", Department.EMERGENCY, 2025, LocalDate.of(2026, 1, 10),
                LocalDate.of(2025, 12, 1)).examYear()).isEqualTo(2025);
        InvalidInput late = thrown(InvalidInput.class, () -> new ExamRegistrationDetails("向明辉",
                Department.EMERGENCY, 2025, LocalDate.of(2025, 6, 21), LocalDate.of(2025, 6, 22)));
        InvalidInput wrongYear = thrown(InvalidInput.class, () -> new ExamRegistrationDetails("向明辉",
                Department.EMERGENCY, 2025, LocalDate.of(2024, 12, 21), LocalDate.of(2024, 12, 1)));
        assertThat(field(late)).isEqualTo("registeredOn:exam.registeredOn.afterExam");
        assertThat(field(wrongYear)).isEqualTo("examDate:exam.examDate.year");
    }
}
