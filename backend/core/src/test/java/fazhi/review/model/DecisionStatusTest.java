package fazhi.review.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionStatusTest {

    @Test
    void a_decision_in_procedure_is_only_adopted() {
        assertThat(DecisionStatus.IN_PROCEDURE.next()).containsExactly(DecisionStatus.ADOPTED);
    }

    @Test
    void an_adopted_decision_is_only_published() {
        assertThat(DecisionStatus.ADOPTED.next()).containsExactly(DecisionStatus.PUBLISHED);
    }

    @Test
    void a_published_decision_stays_published() {
        assertThat(DecisionStatus.PUBLISHED.next()).isEmpty();
    }
}
