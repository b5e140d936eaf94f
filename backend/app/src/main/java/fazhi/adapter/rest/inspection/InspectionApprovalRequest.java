package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InspectionApprovalRequest", description = "A leader's approval; the body may be left out.")
public record InspectionApprovalRequest(
        @Schema(description = "The leader's explicit approval of a CASE_TRIGGERED inspection beyond the yearly cap "
                + "per enterprise (ENF-14); false when left out", nullable = true, examples = "false")
        Boolean exceedYearlyCap) {
}
