package fazhi.enforcement.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficerStatusTest {

    @Test
    void an_active_officer_can_only_be_suspended() {
        assertThat(OfficerStatus.ACTIVE.next()).containsExactly(OfficerStatus.SUSPENDED);
        assertThat(OfficerStatus.ACTIVE.canBecome(OfficerStatus.ACTIVE)).isFalse();
    }

    @Test
    void a_suspended_officer_can_only_be_reinstated() {
        assertThat(OfficerStatus.SUSPENDED.next()).containsExactly(OfficerStatus.ACTIVE);
        assertThat(OfficerStatus.SUSPENDED.canBecome(OfficerStatus.SUSPENDED)).isFalse();
    }
}
