package fazhi.adapter.rest.document;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.review.model.CleanUpStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "CleanUpView", description = "A clean-up campaign (集中清理) and its decisions.",
        requiredProperties = {"id", "township", "name", "heldOn", "status", "decisions", "version", "createdAt",
                "updatedAt"})
public record CleanUpView(
        @Schema(examples = "3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2025年规范性文件集中清理") String name,
        @Schema(examples = "2025-05-20") LocalDate heldOn,
        CleanUpStatus status,
        @Schema(nullable = true, examples = "2025-06-30") LocalDate closedOn,
        List<CleanUpDecisionView> decisions,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
