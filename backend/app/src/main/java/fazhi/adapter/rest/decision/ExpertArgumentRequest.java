package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ExpertArgumentRequest", description = "专家论证: when, which experts, their conclusion.")
public record ExpertArgumentRequest(
        @Schema(examples = "2025-04-08") @NotNull LocalDate heldOn,
        @Schema(description = "The experts, one each", examples = "[\"县住建局 高级工程师 李某\", \"湖南某设计院 王某\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> experts,
        @Schema(examples = "方案技术可行，建议优化排水设计") @NotBlank @Size(max = 2000) String conclusion) {
}
