package fazhi.testing;

import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewGate;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A review gate that answers what the test told it, and {@link ReviewStatus#none()} otherwise. */
public final class ScriptedReviewGate implements ReviewGate {

    private final Map<String, ReviewStatus> answers = new HashMap<>();
    private final List<String> questions = new ArrayList<>();

    /** The subject's latest round ends with {@code outcome}: submitted 2025-01-06, decided 2025-01-20. */
    public ScriptedReviewGate says(TownshipCode township, SubjectType type, String subjectRef, ReviewOutcome outcome) {
        boolean decided = outcome != ReviewOutcome.NONE && outcome != ReviewOutcome.PENDING;
        ReviewStatus status = outcome == ReviewOutcome.NONE ? ReviewStatus.none()
                : new ReviewStatus("review-" + subjectRef, 1, outcome, LocalDate.of(2025, 1, 6),
                decided ? LocalDate.of(2025, 1, 20) : null);
        answers.put(key(township, type, subjectRef), status);
        return this;
    }

    /** The subject's latest round is exactly {@code status}. */
    public ScriptedReviewGate says(TownshipCode township, SubjectType type, String subjectRef, ReviewStatus status) {
        answers.put(key(township, type, subjectRef), status);
        return this;
    }

    @Override
    public ReviewStatus latest(TownshipCode township, SubjectType subjectType, String subjectRef) {
        String key = key(township, subjectType, subjectRef);
        questions.add(key);
        return answers.getOrDefault(key, ReviewStatus.none());
    }

    /** What was asked, as {@code township/TYPE/ref}. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    private static String key(TownshipCode township, SubjectType type, String subjectRef) {
        return township.value() + "/" + type.name() + "/" + subjectRef;
    }
}
