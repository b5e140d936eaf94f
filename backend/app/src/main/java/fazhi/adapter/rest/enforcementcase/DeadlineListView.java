package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "DeadlineListView", description = "The deadlines radar: everything due from today to `until`, and "
        + "everything already overdue, sorted by due date.", requiredProperties = {"asOf", "within", "until", "items"})
public record DeadlineListView(
        @Schema(description = "Today, in the townships' time zone", examples = "2025-07-22") LocalDate asOf,
        @Schema(description = "The period looked ahead (ISO 8601)", examples = "P7D") String within,
        @Schema(description = "The last day looked at: asOf + within", examples = "2025-07-29") LocalDate until,
        List<DeadlineView> items) {
}
