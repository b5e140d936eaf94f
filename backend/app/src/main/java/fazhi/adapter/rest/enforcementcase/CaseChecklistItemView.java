package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseChecklistItemView", description = "One item of the close checklist (ENF-09): RECORDER_FOOTAGE, "
        + "DOCUMENTS_COMPLETE, CERTIFICATES_SHOWN (required) and UNIFORM_WORN (recorded).",
        requiredProperties = {"item", "done", "required"})
public record CaseChecklistItemView(
        @Schema(enumeration = {"RECORDER_FOOTAGE", "DOCUMENTS_COMPLETE", "CERTIFICATES_SHOWN", "UNIFORM_WORN"},
                examples = "RECORDER_FOOTAGE") String item,
        boolean done,
        @Schema(description = "Needed before the case may close") boolean required) {
}
