package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.PartyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CasePartySummaryView", description = "The party as the list shows it.",
        requiredProperties = {"kind", "name"})
public record CasePartySummaryView(PartyKind kind, @Schema(examples = "张建华") String name) {
}
