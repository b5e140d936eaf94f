package fazhi.review.model;

import fazhi.shared.model.WorkingDays;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One round (审查轮次) of a legality review: what was submitted, when and by whom, who reviews it, the window
 * the opinion is expected in, and the opinion once given. Rounds are never changed after their opinion
 * (LR-05: all rounds are kept).
 *
 * @param earliestOn the first day an opinion is expected ({@link NormativeDocumentReview},
 *                   {@link MajorDecisionProcedure}); null for other subjects
 * @param dueOn      the last day of the window ({@link NormativeDocumentReview#DUE_WORKING_DAYS})
 */
public record ReviewRound(int number, LocalDate submittedOn, String submittedBy, List<String> materials,
                          String reviewer, LocalDate earliestOn, LocalDate dueOn, ReviewOpinion opinion,
                          LocalDate decidedOn, String decidedBy) {

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
            case NORMATIVE_DOCUMENT -> workingDays.plus(today, NormativeDocumentReview.EARLIEST_WORKING_DAY);
            case MAJOR_DECISION -> workingDays.plus(today, MajorDecisionProcedure.REVIEW_MINIMUM_WORKING_DAYS);
            default -> null;
        };
        return new ReviewRound(number, today, submittedBy, materials(materials), reviewer, earliestOn,
                workingDays.plus(today, NormativeDocumentReview.DUE_WORKING_DAYS), null, null, null);
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

    /** A round still without an opinion after its due day is overdue (LR-01's window). */
    public boolean isOverdue(LocalDate today) {
        return opinion == null && today.isAfter(dueOn);
    }

    ReviewRound assignedTo(String newReviewer) {
        return new ReviewRound(number, submittedOn, submittedBy, materials, newReviewer, earliestOn, dueOn, null,
                null, null);
    }

    /** The opinion as this round records it, checked against the subject's window. */
    ReviewOpinion checked(SubjectType subjectType, ReviewOpinion given, LocalDate today) {
        return switch (subjectType) {
            case NORMATIVE_DOCUMENT -> NormativeDocumentReview.checkWindow(given, today, earliestOn);
            case MAJOR_DECISION -> MajorDecisionProcedure.checkReviewMinimum(given, today, earliestOn);
            default -> withoutEarlyReason(given);
        };
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
