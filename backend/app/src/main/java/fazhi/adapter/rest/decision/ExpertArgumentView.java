package fazhi.adapter.rest.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ExpertArgumentView", requiredProperties = {"heldOn", "experts", "conclusion"})
public record ExpertArgumentView(@Schema(examples = "2025-04-08") LocalDate heldOn,
                                 List<String> experts,
                                 @Schema(examples = "方案技术可行") String conclusion) {
}
