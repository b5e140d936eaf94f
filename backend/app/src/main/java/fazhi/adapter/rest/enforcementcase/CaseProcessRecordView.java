package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseProcessRecordView", description = "The full-process record (ENF-09).",
        requiredProperties = {"documentsComplete", "certificatesShown", "uniformWorn"})
public record CaseProcessRecordView(@Schema(nullable = true, examples = "JLY-2025-0612-01") String recorderFootageRef,
                                    boolean documentsComplete,
                                    boolean certificatesShown,
                                    boolean uniformWorn) {
}
