package fazhi.review.model;

import java.time.LocalDate;
import java.util.List;

/** Expert argument (专家论证): when, which experts, and their conclusion. Validates itself. */
public record ExpertArgument(LocalDate heldOn, List<String> experts, String conclusion) {

    public static final int MAX_EXPERTS = 20;
    public static final int MAX_EXPERT_LENGTH = 100;
    public static final int MAX_CONCLUSION_LENGTH = 2000;

    public ExpertArgument {
        InputCheck check = new InputCheck();
        check.present("heldOn", heldOn);
        experts = check.items("experts", experts, MAX_EXPERTS, MAX_EXPERT_LENGTH, true);
        conclusion = check.required("conclusion", conclusion, MAX_CONCLUSION_LENGTH);
        check.done();
    }
}
