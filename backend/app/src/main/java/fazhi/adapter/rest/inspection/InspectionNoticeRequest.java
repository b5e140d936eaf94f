package fazhi.adapter.rest.inspection;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "InspectionNoticeRequest", description = "The enterprise was notified of the inspection (告知).")
public record InspectionNoticeRequest(
        @Schema(description = "Not before the approval, not in the future", examples = "2025-07-07")
        @NotNull LocalDate notifiedOn) {
}
