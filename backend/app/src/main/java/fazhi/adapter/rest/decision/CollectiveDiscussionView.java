package fazhi.adapter.rest.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CollectiveDiscussionView", requiredProperties = {"meetingOn", "minutesRef"})
public record CollectiveDiscussionView(@Schema(examples = "2025-04-28") LocalDate meetingOn,
                                       @Schema(examples = "锦和镇政府常务会议纪要〔2025〕4号") String minutesRef) {
}
