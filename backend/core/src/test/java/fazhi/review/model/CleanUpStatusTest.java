package fazhi.review.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanUpStatusTest {

    @Test
    void an_open_campaign_is_only_closed() {
        assertThat(CleanUpStatus.OPEN.next()).containsExactly(CleanUpStatus.CLOSED);
    }

    @Test
    void a_closed_campaign_stays_closed() {
        assertThat(CleanUpStatus.CLOSED.next()).isEmpty();
    }
}
