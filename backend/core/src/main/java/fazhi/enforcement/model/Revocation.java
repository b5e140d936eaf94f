package fazhi.enforcement.model;

import java.time.LocalDate;

/** The revocation of a decision (撤销) by a leader, with the reason. */
public record Revocation(LocalDate revokedOn, String reason, String revokedBy) {

    public static final int MAX_REASON_LENGTH = 500;

    public Revocation {
        CaseTexts.date("revokedOn", revokedOn);
        reason = CaseTexts.required("reason", reason, MAX_REASON_LENGTH);
    }
}
