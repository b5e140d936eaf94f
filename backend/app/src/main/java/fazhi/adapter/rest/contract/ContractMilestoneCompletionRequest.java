package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractMilestoneCompletionRequest", description = "A deliverable or acceptance milestone is done, "
        + "with evidence among the contract's files (a payment milestone is done by its payments).")
public record ContractMilestoneCompletionRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-10-28")
        LocalDate doneOn,
        @Schema(nullable = true, examples = "镇村两级联合验收合格") @Size(max = 500) String note,
        @Schema(description = "Attachments of the contract that evidence it (验收单、交付清单)", nullable = true,
                examples = "[\"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 36) String> evidenceFileIds) {
}
