package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CollectiveDiscussionRequest", description = "集体讨论: the meeting that discussed the decision.")
public record CollectiveDiscussionRequest(
        @Schema(description = "Not before the other steps and the review's opinion (LR-02)", examples = "2025-04-28")
        @NotNull LocalDate meetingOn,
        @Schema(description = "Reference of the minutes (会议纪要)", examples = "锦和镇政府常务会议纪要〔2025〕4号")
        @NotBlank @Size(max = 100) String minutesRef) {
}
