package fazhi.review.model;

import fazhi.shared.model.RuleViolation;
import fazhi.shared.model.Rule;
import fazhi.shared.model.WorkingDays;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One round (审查轮次) of a legality review: what was submitted, when and by whom, who reviews it, the window
 * the opinion is expected in, and the opinion once given. Rounds are never changed after their opinion
 * (LR-05: all rounds are kept).
 *
 * @param earliestOn the first day an opinion is expected: for a normative document the fifth working day after
 *                   submission (LR-01), for a major decision the seventh (LR-02); null for other subjects
 * @param dueOn      the last day of the window: the fifteenth working day after submission
 */
public record ReviewRound(int number, LocalDate submittedOn, String submittedBy, List<String> materials,
                          String reviewer, LocalDate earliestOn, LocalDate dueOn, ReviewOpinion opinion,
                          LocalDate decidedOn, String decidedBy) {

    /** LR-01: a normative document is answered from the fifth working day after submission... */
    public static final int NORMATIVE_DOCUMENT_EARLIEST = 5;
    /** ...to the fifteenth (LR-01); other subjects are given the same fifteen working days. */
    public static final int DUE_WORKING_DAYS = 15;
    /** LR-02: the legality review of a major decision takes at least seven working days. */
    public static final int MAJOR_DECISION_MINIMUM = 7;

    public static final int MAX_MATERIALS = 50;
    public static final int MAX_MATERIAL_LENGTH = 200;

    public ReviewRound {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(dueOn, "dueOn");
        materials = List.copyOf(materials);
    }

    /** A new round submitted today, its window counted in working days from today. */
    static ReviewRound open(int number, SubjectType subjectType, LocalDate today, String submittedBy,
                            List<String> materials, String reviewer, WorkingDays workingDays) {
        LocalDate earliestOn = switch (subjectType) {
            case NORMATIVE_DOCUMENT -> workingDays.plus(today, NORMATIVE_DOCUMENT_EARLIEST);
            case MAJOR_DECISION -> workingDays.plus(today, MAJOR_DECISION_MINIMUM);
            default -> null;
        };
        return new ReviewRound(number, today, submittedBy, materials(materials), reviewer, earliestOn,
                workingDays.plus(today, DUE_WORKING_DAYS), null, null, null);
    }

    /** The materials of a submission: at least one, each a short line naming a document. */
    public static List<String> materials(List<String> materials) {
        return ReviewTexts.items("materials", materials, MAX_MATERIALS, MAX_MATERIAL_LENGTH, true);
    }

    public ReviewOutcome outcome() {
        return opinion == null ? ReviewOutcome.PENDING : opinion.outcome();
    }

    public boolean isPending() {
        return opinion == null;
    }

    /** LR-01: a round still without an opinion after its due day is overdue. */
    public boolean isOverdue(LocalDate today) {
        return opinion == null && today.isAfter(dueOn);
    }

    ReviewRound assignedTo(String newReviewer) {
        return new ReviewRound(number, submittedOn, submittedBy, materials, newReviewer, earliestOn, dueOn, null,
                null, null);
    }

    /**
     * LR-01: an opinion on a normative document before the fifth working day needs a recorded reason. Only an
     * early opinion keeps its reason.
     */
    ReviewOpinion checkNormativeDocumentWindow(ReviewOpinion given, LocalDate today) {
        if (!today.isBefore(earliestOn)) {
            return withoutEarlyReason(given);
        }
        if (given.earlyReason() == null) {
            throw new RuleViolation(Rule.LR_01, "review.lr01.earlyWithoutReason", earliestOn.toString());
        }
        return given;
    }

    /** LR-02: no opinion on a major decision before seven working days of review, whatever the reason. */
    ReviewOpinion checkMajorDecisionMinimum(ReviewOpinion given, LocalDate today) {
        if (today.isBefore(earliestOn)) {
            throw new RuleViolation(Rule.LR_02, "review.lr02.tooEarly", MAJOR_DECISION_MINIMUM, earliestOn.toString());
        }
        return withoutEarlyReason(given);
    }

    ReviewRound decided(ReviewOpinion given, LocalDate today, String by) {
        return new ReviewRound(number, submittedOn, submittedBy, materials, reviewer, earliestOn, dueOn, given,
                today, by);
    }

    static ReviewOpinion withoutEarlyReason(ReviewOpinion opinion) {
        if (opinion.earlyReason() == null) {
            return opinion;
        }
        if (opinion instanceof ReviewOpinion.ApprovedWithChanges changes) {
            return new ReviewOpinion.ApprovedWithChanges(changes.requiredChanges());
        }
        if (opinion instanceof ReviewOpinion.Rejected rejected) {
            return new ReviewOpinion.Rejected(rejected.reasons());
        }
        return new ReviewOpinion.Approved();
    }
}
