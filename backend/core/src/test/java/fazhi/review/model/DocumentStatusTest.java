package fazhi.review.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentStatusTest {

    @Test
    void a_draft_only_goes_to_review() {
        assertThat(DocumentStatus.DRAFT.next()).containsExactly(DocumentStatus.IN_REVIEW);
    }

    @Test
    void a_document_in_review_only_takes_effect() {
        assertThat(DocumentStatus.IN_REVIEW.next()).containsExactly(DocumentStatus.EFFECTIVE);
    }

    @Test
    void a_document_in_force_is_amended_repealed_or_expires() {
        assertThat(DocumentStatus.EFFECTIVE.next()).containsExactlyInAnyOrder(DocumentStatus.AMENDED,
                DocumentStatus.REPEALED, DocumentStatus.EXPIRED);
    }

    @Test
    void a_document_out_of_force_stays_so() {
        assertThat(DocumentStatus.AMENDED.next()).isEmpty();
        assertThat(DocumentStatus.REPEALED.next()).isEmpty();
        assertThat(DocumentStatus.EXPIRED.next()).isEmpty();
    }
}
