package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractArchiveRequest", description = "The contract goes to the archive (归档); its files then stay.")
public record ContractArchiveRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-12-28")
        LocalDate archivedOn) {
}
