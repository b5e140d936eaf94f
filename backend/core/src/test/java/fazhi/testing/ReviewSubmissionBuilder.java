package fazhi.testing;

import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewSubmission;

import java.util.List;

/** {@code aSubmission().of(SubjectType.CONTRACT, "contract-7").to("reviewer").build()}. */
public final class ReviewSubmissionBuilder {

    private SubjectType subjectType = SubjectType.OTHER;
    private String subjectRef = "subject-1";
    private String subjectTitle = "锦和镇农村人居环境整治实施方案";
    private List<String> materials = List.of("送审稿", "起草说明");
    private String reviewer;

    private ReviewSubmissionBuilder() {
    }

    public static ReviewSubmissionBuilder aSubmission() {
        return new ReviewSubmissionBuilder();
    }

    public ReviewSubmissionBuilder of(SubjectType type, String ref) {
        this.subjectType = type;
        this.subjectRef = ref;
        return this;
    }

    public ReviewSubmissionBuilder titled(String title) {
        this.subjectTitle = title;
        return this;
    }

    public ReviewSubmissionBuilder withMaterials(String... materials) {
        this.materials = List.of(materials);
        return this;
    }

    public ReviewSubmissionBuilder to(String reviewer) {
        this.reviewer = reviewer;
        return this;
    }

    public ReviewSubmission build() {
        return new ReviewSubmission(subjectType, subjectRef, subjectTitle, materials, reviewer);
    }
}
