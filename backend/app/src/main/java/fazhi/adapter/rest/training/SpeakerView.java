package fazhi.adapter.rest.training;

import fazhi.training.model.SpeakerOrganisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerView", requiredProperties = {"name", "organisation"})
public record SpeakerView(@Schema(examples = "龙建华") String name, SpeakerOrganisation organisation) {
}
