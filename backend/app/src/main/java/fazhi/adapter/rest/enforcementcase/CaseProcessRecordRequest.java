package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CaseProcessRecordRequest", description = "The full-process record (全过程记录, ENF-09) as it stands. "
        + "It may point to the case's own files (attachments of record type enforcement-case): the footage as a file "
        + "instead of a reference, and the documents that make the file complete.")
public record CaseProcessRecordRequest(
        @Schema(description = "Reference of the body-recorder footage (执法记录仪)", nullable = true,
                examples = "JLY-2025-0612-01") @Size(max = 200) String recorderFootageRef,
        @Schema(description = "The case's file of the footage (an attachment id); stands for the reference",
                nullable = true) @Size(max = 36) String recorderFootageFile,
        @Schema(examples = "true") boolean documentsComplete,
        @Schema(description = "The case's files that show the documents (attachment ids), at most 20",
                nullable = true, maxItems = 20) @Size(max = 20) List<@Size(max = 36) String> documentFiles,
        @Schema(examples = "true") boolean certificatesShown,
        @Schema(examples = "true") boolean uniformWorn) {
}
