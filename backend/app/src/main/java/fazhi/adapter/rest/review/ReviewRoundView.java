package fazhi.adapter.rest.review;

import fazhi.review.model.ReviewOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ReviewRoundView", description = "One round (审查轮次) of a legality review.",
        requiredProperties = {"number", "submittedOn", "submittedBy", "materials", "dueOn", "overdue", "outcome",
                "requiredChanges", "reasons"})
public record ReviewRoundView(
        @Schema(examples = "1") int number,
        @Schema(examples = "2025-03-03") LocalDate submittedOn,
        @Schema(examples = "staff") String submittedBy,
        @Schema(examples = "[\"送审稿\", \"起草说明\"]") List<String> materials,
        @Schema(nullable = true, examples = "reviewer") String reviewer,
        @Schema(description = "The first day of the window: normative documents the fifth working day after "
                + "submission (LR-01), major decisions the seventh (LR-02); null for other subjects",
                nullable = true, examples = "2025-03-10") LocalDate earliestOn,
        @Schema(description = "The fifteenth working day after submission", examples = "2025-03-24") LocalDate dueOn,
        @Schema(description = "No opinion yet and past dueOn") boolean overdue,
        @Schema(description = "PENDING until the opinion") ReviewOutcome outcome,
        @Schema(description = "The changes an APPROVED_WITH_CHANGES opinion requires; empty otherwise")
        List<String> requiredChanges,
        @Schema(description = "The reasons of a REJECTED opinion; empty otherwise") List<String> reasons,
        @Schema(description = "Why the opinion came before earliestOn (LR-01)", nullable = true) String earlyReason,
        @Schema(nullable = true, examples = "2025-03-12") LocalDate decidedOn,
        @Schema(nullable = true, examples = "reviewer") String decidedBy) {
}
