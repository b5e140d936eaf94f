package fazhi.review.model;

import fazhi.review.port.in.ReviewSubmission;
import fazhi.shared.model.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A submission names its subject and brings at least one material. */
class ReviewSubmissionTest {

    @Test
    void a_submission_without_materials_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ReviewSubmission(SubjectType.CONTRACT, "c-1",
                "采购合同", List.of(), null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("materials");
    }

    @Test
    void a_submission_without_subject_type_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ReviewSubmission(null, "c-1", "采购合同",
                List.of("合同文本"), null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("subjectType");
    }

    @Test
    void an_over_long_title_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ReviewSubmission(SubjectType.OTHER, "o-1",
                "题".repeat(201), List.of("材料"), null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("subjectTitle");
    }

    @Test
    void a_blank_reviewer_means_none_yet() {
        // when
        ReviewSubmission submission = new ReviewSubmission(SubjectType.OTHER, " o-1 ", "方案", List.of("材料"), " ");

        // then
        assertThat(submission.reviewer()).isNull();
        assertThat(submission.subjectRef()).isEqualTo("o-1");
    }
}
