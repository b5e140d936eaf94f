package fazhi.review.port.in;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.ReviewTexts;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.InvalidInput;

import java.util.List;

/**
 * A subject handed in for legality review: what it is ({@code subjectType} and the subject's own id or number
 * in {@code subjectRef}, with a title people read), the materials submitted (送审材料), and optionally the
 * legal reviewer (a username) it goes to. Validates itself.
 */
public record ReviewSubmission(SubjectType subjectType, String subjectRef, String subjectTitle,
                               List<String> materials, String reviewer) {

    public ReviewSubmission {
        if (subjectType == null) {
            throw new InvalidInput("subjectType", "field.required");
        }
        subjectRef = ReviewTexts.required("subjectRef", subjectRef, LegalityReview.MAX_SUBJECT_REF_LENGTH);
        subjectTitle = ReviewTexts.required("subjectTitle", subjectTitle, LegalityReview.MAX_SUBJECT_TITLE_LENGTH);
        materials = ReviewRound.materials(materials);
        reviewer = ReviewTexts.optional("reviewer", reviewer, LegalityReview.MAX_USERNAME_LENGTH);
    }
}
