package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseCloseRequest", description = "The case is closed (结案); needs the full-process record (ENF-09).")
public record CaseCloseRequest(
        @Schema(description = "Today when left out; never after today", nullable = true,
                examples = "2025-07-25") LocalDate closedOn) {
}
