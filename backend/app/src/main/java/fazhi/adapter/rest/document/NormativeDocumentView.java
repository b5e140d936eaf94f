package fazhi.adapter.rest.document;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.review.model.DocumentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "NormativeDocumentView", description = "A normative document (规范性文件) of the register.",
        requiredProperties = {"id", "township", "title", "issuer", "provisional", "status", "recordedStatus",
                "expired", "evaluationDue", "review", "reevaluations", "version", "createdAt", "updatedAt"})
public record NormativeDocumentView(
        @Schema(examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "锦和镇人民政府合同管理办法(试行)") String title,
        @Schema(examples = "锦和镇人民政府") String issuer,
        @Schema(description = "暂行/试行: valid at most two years (LR-06)") boolean provisional,
        @Schema(description = "The status today: EXPIRED once past the validity's last day, even before the "
                + "expiry is recorded") DocumentStatus status,
        @Schema(description = "The status as recorded") DocumentStatus recordedStatus,
        @Schema(nullable = true, examples = "锦政发〔2025〕3号") String number,
        @Schema(nullable = true, examples = "2025-03-20") LocalDate issuedOn,
        @Schema(nullable = true, examples = "2025-04-01") LocalDate effectiveOn,
        @Schema(description = "First day of the current validity (the effective date, or the last re-evaluation)",
                nullable = true, examples = "2025-04-01") LocalDate validFrom,
        @Schema(description = "Last day of the validity (LR-06)", nullable = true, examples = "2027-03-31")
        LocalDate validUntil,
        @Schema(description = "Six months before the validity ends", nullable = true, examples = "2026-09-30")
        LocalDate evaluationDueOn,
        @Schema(description = "Past the validity's last day (LR-06)") boolean expired,
        @Schema(description = "In force and within six months of the validity's end: to be re-evaluated")
        boolean evaluationDue,
        @Schema(nullable = true, examples = "2025-03-03") LocalDate reviewSubmittedOn,
        @Schema(description = "The legality review as the gate answers it (LR-01)") ReviewStateView review,
        @Schema(nullable = true, examples = "9d5c2f0e-8b1a-4c7e-a3d2-0f1e2d3c4b5a") String amendedBy,
        @Schema(nullable = true, examples = "第五条由锦政发〔2026〕2号修改") String amendmentNote,
        @Schema(nullable = true, examples = "2025-11-30") LocalDate repealedOn,
        @Schema(nullable = true, examples = "上位法已废止") String repealReason,
        @Schema(description = "The clean-up campaign that repealed it", nullable = true) String repealedInCleanUp,
        @Schema(nullable = true, examples = "2027-04-01") LocalDate expiredOn,
        List<ReevaluationView> reevaluations,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
