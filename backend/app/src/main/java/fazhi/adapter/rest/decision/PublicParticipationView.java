package fazhi.adapter.rest.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicParticipationView", requiredProperties = {"commentsFrom", "commentsUntil", "summary"})
public record PublicParticipationView(@Schema(examples = "2025-03-03") LocalDate commentsFrom,
                                      @Schema(examples = "2025-04-02") LocalDate commentsUntil,
                                      @Schema(examples = "收到意见建议23条，采纳15条") String summary) {
}
