package fazhi.adapter.rest.training;

import fazhi.shared.model.Rule;
import fazhi.training.model.ExamRates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExamRatesView", description = "TRN-02: 参学率 (participation = studied / required), 参考率 (attendance "
        + "= sat / required), 及格率 (pass = passed / sat), each person once by their best attempt, required being "
        + "the roster active on the exam day. A rate is null (absent, not 0 %) when its denominator is 0.",
        requiredProperties = {"required", "studied", "sat", "passed", "notRequired", "rule", "legalBasis"})
public record ExamRatesView(
        @Schema(examples = "40") long required,
        @Schema(examples = "40") long studied,
        @Schema(examples = "40") long sat,
        @Schema(examples = "40") long passed,
        @Schema(nullable = true) RateView participation,
        @Schema(nullable = true) RateView attendance,
        @Schema(nullable = true) RateView pass,
        @Schema(description = "People with results who were not on the roster that day (in no rate)", examples = "0")
        long notRequired,
        @Schema(examples = "TRN-02") String rule,
        String legalBasis) {

    static ExamRatesView of(ExamRates r) {
        return new ExamRatesView(r.required(), r.studied(), r.sat(), r.passed(), RateView.of(r.participation()),
                RateView.of(r.attendance()), RateView.of(r.pass()), r.notRequired(), Rule.TRN_02.id(),
                Rule.TRN_02.legalBasis());
    }
}
