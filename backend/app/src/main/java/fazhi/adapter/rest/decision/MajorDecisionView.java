package fazhi.adapter.rest.decision;

import fazhi.adapter.rest.document.ReviewStateView;
import fazhi.adapter.rest.shared.Versioned;
import fazhi.review.model.DecisionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "MajorDecisionView", description = "A major administrative decision (重大行政决策) and its procedure.",
        requiredProperties = {"id", "township", "year", "catalogued", "title", "sponsor", "status", "review",
                "procedure", "version", "createdAt", "updatedAt"})
public record MajorDecisionView(
        @Schema(examples = "7a1e3c5b-2d4f-4a6b-8c0d-1e2f3a4b5c6d") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(description = "The catalogue's year", examples = "2025") int year,
        @Schema(nullable = true, examples = "1") Integer catalogueNumber,
        @Schema(description = "In the year's catalogue (目录)") boolean catalogued,
        @Schema(examples = "锦和镇集镇农贸市场改造提升项目") String title,
        @Schema(nullable = true) String description,
        @Schema(examples = "锦和镇经济发展办公室") String sponsor,
        DecisionStatus status,
        @Schema(nullable = true) PublicParticipationView publicParticipation,
        @Schema(nullable = true) ExpertArgumentView expertArgument,
        @Schema(nullable = true) RiskAssessmentView riskAssessment,
        @Schema(nullable = true, examples = "2025-04-14") LocalDate reviewSubmittedOn,
        @Schema(description = "The legality review as the gate answers it") ReviewStateView review,
        @Schema(nullable = true) CollectiveDiscussionView collectiveDiscussion,
        @Schema(nullable = true, examples = "2025-04-28") LocalDate adoptedOn,
        @Schema(nullable = true, examples = "2025-05-06") LocalDate publishedOn,
        @Schema(description = "The five steps in order (for the antd Steps)") List<ProcedureStepView> procedure,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
