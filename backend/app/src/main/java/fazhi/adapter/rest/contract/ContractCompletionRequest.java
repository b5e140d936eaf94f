package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractCompletionRequest", description = "The contract was performed in full (履行完毕).")
public record ContractCompletionRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-12-20")
        LocalDate completedOn) {
}
