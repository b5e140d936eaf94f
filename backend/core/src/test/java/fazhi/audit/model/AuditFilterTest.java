package fazhi.audit.model;

import fazhi.shared.model.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class AuditFilterTest {

    private static final Instant JUNE_30 = Instant.parse("2025-06-30T00:00:00Z");

    @Test
    void a_time_range_that_ends_where_it_starts_is_refused_on_to() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new AuditFilter(null, null, null, null, JUNE_30, JUNE_30));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("to");
            assertThat(v.messageKey()).isEqualTo("audit.range");
        });
    }

    @Test
    void an_open_ended_range_is_accepted() {
        // when
        AuditFilter filter = new AuditFilter(null, null, null, null, JUNE_30, null);

        // then
        assertThat(filter.from()).isEqualTo(JUNE_30);
    }
}
