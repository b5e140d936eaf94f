package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;

/** A leader's approval to decide after the 90 days (ENF-04), with the reason and the new due date. */
public record Extension(String reason, LocalDate until, String approvedBy, LocalDate approvedOn) {

    public static final int MAX_REASON_LENGTH = 500;

    public Extension {
        reason = CaseTexts.required("reason", reason, MAX_REASON_LENGTH);
        CaseTexts.date("until", until);
        if (approvedBy == null || approvedOn == null) {
            throw new InvalidInput("approvedBy", "field.required");
        }
    }
}
