package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "DeadlineView", description = "Something that falls due: which record, what, when, and how it stands "
        + "today.", requiredProperties = {"kind", "dueOn", "overdue", "daysLeft", "recordType", "recordId", "label"})
public record DeadlineView(
        @Schema(description = "What falls due; enforcement cases: DECISION (ENF-04), HEARING_WINDOW (ENF-06), DELIVERY "
                + "(ENF-10), PAYMENT (ENF-11); other areas add their own kinds", examples = "PAYMENT") String kind,
        @Schema(examples = "2025-07-25") LocalDate dueOn,
        @Schema(description = "The day has passed", examples = "false") boolean overdue,
        @Schema(description = "Days from today to dueOn; negative when overdue", examples = "3") long daysLeft,
        @Schema(description = "The kind of record, as the SPA routes to it", examples = "enforcement-case")
        String recordType,
        @Schema(examples = "3f2b8c1d-6e4a-4b7c-9d1e-2a3b4c5d6e7f") String recordId,
        @Schema(description = "What people read: for a case its number and the party's name",
                examples = "锦和执立〔2025〕第3号 张建华") String label) {
}
