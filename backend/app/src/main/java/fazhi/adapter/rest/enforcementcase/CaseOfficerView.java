package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseOfficerView", description = "An officer on the case.", requiredProperties = {"id", "name"})
public record CaseOfficerView(
        @Schema(examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String id,
        @Schema(examples = "李建国") String name,
        @Schema(nullable = true, examples = "湘执法43120001") String certificateNumber) {
}
