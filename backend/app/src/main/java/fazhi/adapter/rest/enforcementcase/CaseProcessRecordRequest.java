package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseProcessRecordRequest", description = "The full-process record (全过程记录, ENF-09) as it stands.")
public record CaseProcessRecordRequest(
        @Schema(description = "Reference of the body-recorder footage (执法记录仪)", nullable = true,
                examples = "JLY-2025-0612-01") @Size(max = 200) String recorderFootageRef,
        @Schema(examples = "true") boolean documentsComplete,
        @Schema(examples = "true") boolean certificatesShown,
        @Schema(examples = "true") boolean uniformWorn) {
}
