package fazhi.adapter.rest.training;

import fazhi.training.model.SpeakerOrganisation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerRequest", description = "A speaker (主讲人) and their organisation",
        requiredProperties = {"name", "organisation"})
public record SpeakerRequest(
        @Schema(examples = "龙建华") @NotNull @Size(max = 50) String name,
        @Schema(examples = "JUDICIAL_OFFICE") @NotNull SpeakerOrganisation organisation) {
}
