package fazhi.review.model;

import java.time.LocalDate;

/** Risk assessment (风险评估): when, the risk level found, and the conclusion. Validates itself. */
public record RiskAssessment(LocalDate assessedOn, RiskLevel level, String conclusion) {

    public static final int MAX_CONCLUSION_LENGTH = 2000;

    public RiskAssessment {
        InputCheck check = new InputCheck();
        check.present("assessedOn", assessedOn);
        check.present("level", level);
        conclusion = check.required("conclusion", conclusion, MAX_CONCLUSION_LENGTH);
        check.done();
    }
}
