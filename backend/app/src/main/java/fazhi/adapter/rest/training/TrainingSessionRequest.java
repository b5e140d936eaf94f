package fazhi.adapter.rest.training;

import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.VenueKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "TrainingSessionRequest", description = "A session as recorded or edited. The audience is either "
        + "attendees from the roster (internal sessions) or a head count (public ones), never both.",
        requiredProperties = {"type", "heldOn", "place", "venueKind", "title"})
public record TrainingSessionRequest(
        @Schema(examples = "LECTURE") @NotNull SessionType type,
        @Schema(description = "A meeting's kind; required for MEETING, none otherwise", nullable = true,
                examples = "STABILITY_SECURITY") MeetingKind meetingKind,
        @Schema(description = "The day held; not after today", examples = "2025-05-20") @NotNull LocalDate heldOn,
        @Schema(examples = "锦和镇中心小学") @NotNull @Size(max = 200) String place,
        @Schema(examples = "SCHOOL") @NotNull VenueKind venueKind,
        @Schema(description = "OTHER when left out", nullable = true, examples = "OTHER") Occasion occasion,
        @Schema(examples = "预防校园欺凌法治讲座") @NotNull @Size(max = 200) String title,
        @Schema(nullable = true, examples = "[\"预防校园欺凌\"]") @Size(max = 50) List<String> topics,
        @Schema(nullable = true, examples = "[\"《中华人民共和国未成年人保护法》\"]") @Size(max = 50)
        List<String> lawsStudied,
        @Schema(nullable = true) @Size(max = 50) List<@Valid SpeakerRequest> speakers,
        @Schema(description = "Ids of people of the roster", nullable = true) @Size(max = 500)
        List<String> attendeeIds,
        @Schema(description = "A head count, for public sessions", nullable = true, examples = "320")
        @Min(0) @Max(100000) Integer headCount,
        @Schema(description = "Materials handed out (宣传资料, 份)", nullable = true, examples = "500")
        @Min(0) @Max(1000000) Integer materialsCount,
        @Schema(description = "A meeting the head of the judicial office attended (列席)", nullable = true)
        Boolean judicialOfficeHeadAttended) {
}
