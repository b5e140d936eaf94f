package fazhi.adapter.rest.review;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "LegalityReviewView", description = "A legality review (合法性审查) with all its rounds; the top-level "
        + "status, round, reviewer, window and overdue mark are those of the current round.",
        requiredProperties = {"id", "township", "subjectType", "subjectRef", "subjectTitle", "submittedOn",
                "submittedBy", "status", "round", "dueOn", "overdue", "rounds", "version", "createdAt", "updatedAt"})
public record LegalityReviewView(
        @Schema(examples = "5d0c7e4a-1b2f-4c3d-9e8f-0a1b2c3d4e5f") String id,
        @Schema(examples = "jinhe") String township,
        SubjectType subjectType,
        @Schema(examples = "HT-2025-018") String subjectRef,
        @Schema(examples = "锦和镇集镇污水管网建设工程施工合同") String subjectTitle,
        @Schema(description = "The first submission", examples = "2025-03-03") LocalDate submittedOn,
        @Schema(description = "Who submitted first", examples = "staff") String submittedBy,
        @Schema(description = "The current round's outcome") ReviewOutcome status,
        @Schema(description = "The current round's number", examples = "1") int round,
        @Schema(nullable = true, examples = "reviewer") String reviewer,
        @Schema(nullable = true, examples = "2025-03-10") LocalDate earliestOn,
        @Schema(examples = "2025-03-24") LocalDate dueOn,
        boolean overdue,
        @Schema(description = "Every round, the first first (LR-05)") List<ReviewRoundView> rounds,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "2") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
