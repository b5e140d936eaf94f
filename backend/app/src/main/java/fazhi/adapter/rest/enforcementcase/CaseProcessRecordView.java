package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CaseProcessRecordView", description = "The full-process record (ENF-09).",
        requiredProperties = {"documentsComplete", "documentFiles", "certificatesShown", "uniformWorn"})
public record CaseProcessRecordView(@Schema(nullable = true, examples = "JLY-2025-0612-01") String recorderFootageRef,
                                    @Schema(nullable = true, description = "The case's file of the footage")
                                    String recorderFootageFile,
                                    boolean documentsComplete,
                                    @Schema(description = "The case's files of the documents") List<String> documentFiles,
                                    boolean certificatesShown,
                                    boolean uniformWorn) {
}
