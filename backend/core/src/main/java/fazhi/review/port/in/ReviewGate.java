package fazhi.review.port.in;

import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.TownshipCode;

/**
 * The question other areas ask before they act: has this subject passed its legality review? Normative
 * documents ask it before issue (LR-01), major decisions before adoption (LR-02), contracts before signing
 * (LR-03), enforcement before a major penalty decision (ENF-07).
 */
public interface ReviewGate {

    /** The latest round of the subject's review in the township, or {@link ReviewStatus#none()}. */
    ReviewStatus latest(TownshipCode township, SubjectType subjectType, String subjectRef);
}
