package fazhi.adapter.rest.training;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionDetails;
import fazhi.training.model.SessionType;
import fazhi.training.model.Speaker;
import fazhi.training.model.TrainingSession;
import fazhi.training.model.VenueKind;
import fazhi.training.port.in.SessionOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "TrainingSessionView", description = "A session of legal study, training, publicity or a meeting "
        + "(学法、培训、宣讲、会议), with its files (minutes, photos: attachments of record type training-session).",
        requiredProperties = {"id", "township", "type", "heldOn", "place", "venueKind", "occasion", "title", "topics",
                "lawsStudied", "speakers", "attendeeIds", "audience", "materialsCount",
                "judicialOfficeHeadAttended", "fileIds", "version"})
public record TrainingSessionView(
        @Schema(examples = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") String id,
        @Schema(examples = "jinhe") String township,
        SessionType type,
        @Schema(nullable = true) MeetingKind meetingKind,
        @Schema(examples = "2025-05-20") LocalDate heldOn,
        @Schema(examples = "锦和镇中心小学") String place,
        VenueKind venueKind,
        Occasion occasion,
        @Schema(examples = "预防校园欺凌法治讲座") String title,
        List<String> topics,
        List<String> lawsStudied,
        List<SpeakerView> speakers,
        List<String> attendeeIds,
        @Schema(nullable = true, examples = "320") Integer headCount,
        @Schema(description = "The attendees, or the head count", examples = "320") int audience,
        @Schema(examples = "500") int materialsCount,
        boolean judicialOfficeHeadAttended,
        @Schema(description = "Ids of the session's attachments; empty in lists") List<String> fileIds,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static TrainingSessionView of(SessionOverview overview) {
        TrainingSession s = overview.session();
        SessionDetails d = s.details();
        return new TrainingSessionView(s.id(), s.township().value(), d.type(), d.meetingKind(), d.heldOn(),
                d.place(), d.venueKind(), d.occasion(), d.title(), d.topics(), d.lawsStudied(),
                d.speakers().stream().map(sp -> new SpeakerView(sp.name(), sp.organisation())).toList(),
                d.attendeeIds(), d.headCount(), d.audienceSize(), d.materialsCount(), d.judicialOfficeHeadAttended(),
                overview.fileIds(), s.version(), s.created() == null ? null : s.created().at(),
                s.updated() == null ? null : s.updated().at());
    }

    static SessionDetails details(TrainingSessionRequest r) {
        List<Speaker> speakers = r.speakers() == null ? List.of() : r.speakers().stream()
                .map(sp -> new Speaker(sp.name(), sp.organisation())).toList();
        return new SessionDetails(r.type(), r.meetingKind(), r.heldOn(), r.place(), r.venueKind(), r.occasion(),
                r.title(), r.topics(), r.lawsStudied(), speakers, r.attendeeIds(), r.headCount(),
                r.materialsCount() == null ? 0 : r.materialsCount(),
                Boolean.TRUE.equals(r.judicialOfficeHeadAttended()));
    }
}
