package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicParticipationRequest", description = "公众参与: the comment period and what the comments said.")
public record PublicParticipationRequest(
        @Schema(examples = "2025-03-03") @NotNull LocalDate commentsFrom,
        @Schema(description = "Not before the start", examples = "2025-04-02") @NotNull LocalDate commentsUntil,
        @Schema(examples = "收到意见建议23条，采纳15条") @NotBlank @Size(max = 2000) String summary) {
}
