package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * ENF-05: no penalty before the party was notified, on or before the decision day, of this penalty or a heavier
 * one and of the rights to statement, defence and hearing ({@link Notice} insists on the rights).
 */
public final class NoticeBeforeDecision {

    private NoticeBeforeDecision() {
    }

    public static void require(Notice notice, LocalDate decidedOn, Outcome penalty) {
        if (notice == null) {
            throw new RuleViolation(Rule.ENF_05, "enf05.noNotice");
        }
        if (notice.notifiedOn().isAfter(decidedOn)) {
            throw new RuleViolation(Rule.ENF_05, "enf05.noticeAfterDecision", notice.notifiedOn());
        }
        if (isHeavier(penalty, notice.intendedOutcome())) {
            throw new RuleViolation(Rule.ENF_05, "enf05.heavierThanNotified", notice.intendedOutcome().kind(),
                    String.valueOf(notice.intendedOutcome().fineAmount()));
        }
    }

    private static boolean isHeavier(Outcome outcome, Outcome intended) {
        return switch (outcome.kind()) {
            // a fine is lighter than another measure, heavier than a warning
            case FINE -> intended.kind() == OutcomeKind.FINE
                    ? outcome.fineAmount().isGreaterThan(intended.fineAmount())
                    : intended.kind() != OutcomeKind.OTHER;
            case OTHER -> intended.kind() != OutcomeKind.OTHER;
            default -> false;
        };
    }
}
