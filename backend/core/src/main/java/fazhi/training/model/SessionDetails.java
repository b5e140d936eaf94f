package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a session (学法、培训、宣讲、会议) records: its type, and for a meeting its kind; the date and place, the kind of
 * venue and the occasion; the topics and the laws studied; the speakers; the audience, as attendees from the roster
 * (internal sessions) or a head count (public ones), never both; the materials handed out; and for a meeting whether
 * the head of the judicial office attended (列席).
 */
public record SessionDetails(SessionType type, MeetingKind meetingKind, LocalDate heldOn, String place,
                             VenueKind venueKind, Occasion occasion, String title, List<String> topics,
                             List<String> lawsStudied, List<Speaker> speakers, List<String> attendeeIds,
                             Integer headCount, int materialsCount, boolean judicialOfficeHeadAttended) {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_ATTENDEES = 500;
    public static final int MAX_HEAD_COUNT = 100_000;
    public static final int MAX_MATERIALS = 1_000_000;

    public SessionDetails {
        if (type == null) {
            throw new InvalidInput("type", "field.required");
        }
        if (type == SessionType.MEETING && meetingKind == null) {
            throw new InvalidInput("meetingKind", "training.meetingKind.required");
        }
        if (type != SessionType.MEETING && meetingKind != null) {
            throw new InvalidInput("meetingKind", "training.meetingKind.onlyMeetings");
        }
        if (type != SessionType.MEETING && judicialOfficeHeadAttended) {
            throw new InvalidInput("judicialOfficeHeadAttended", "training.judicialOfficeHead.onlyMeetings");
        }
        if (heldOn == null) {
            throw new InvalidInput("heldOn", "field.required");
        }
        place = TrainingTexts.required("place", place, 200);
        if (venueKind == null) {
            throw new InvalidInput("venueKind", "field.required");
        }
        occasion = occasion == null ? Occasion.OTHER : occasion;
        title = TrainingTexts.required("title", title, 200);
        topics = TrainingTexts.lines("topics", topics, MAX_ITEMS, 200);
        lawsStudied = TrainingTexts.lines("lawsStudied", lawsStudied, MAX_ITEMS, 200);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        if (speakers.size() > MAX_ITEMS) {
            throw new InvalidInput("speakers", "training.items.tooMany", MAX_ITEMS);
        }
        List<String> attendees = TrainingTexts.lines("attendeeIds", attendeeIds, MAX_ATTENDEES, 36);
        if (new LinkedHashSet<>(attendees).size() != attendees.size()) {
            throw new InvalidInput("attendeeIds", "training.attendees.twice");
        }
        attendeeIds = attendees;
        if (headCount != null && (headCount < 0 || headCount > MAX_HEAD_COUNT)) {
            throw new InvalidInput("headCount", "field.range", 0, MAX_HEAD_COUNT);
        }
        if (headCount != null && !attendeeIds.isEmpty()) {
            throw new InvalidInput("headCount", "training.audience.both");
        }
        if (materialsCount < 0 || materialsCount > MAX_MATERIALS) {
            throw new InvalidInput("materialsCount", "field.range", 0, MAX_MATERIALS);
        }
    }

    /** How many were there: the attendees, or the head count. */
    public int audienceSize() {
        return headCount != null ? headCount : attendeeIds.size();
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", type.name());
        values.put("meetingKind", meetingKind == null ? "null" : meetingKind.name());
        values.put("heldOn", heldOn.toString());
        values.put("place", place);
        values.put("venueKind", venueKind.name());
        values.put("occasion", occasion.name());
        values.put("title", title);
        values.put("topics", String.join("；", topics));
        values.put("lawsStudied", String.join("；", lawsStudied));
        values.put("speakers", speakers.stream().map(s -> s.name() + "(" + s.organisation() + ")")
                .collect(Collectors.joining("；")));
        values.put("attendeeIds", String.join(",", attendeeIds));
        values.put("headCount", String.valueOf(headCount));
        values.put("materialsCount", Integer.toString(materialsCount));
        values.put("judicialOfficeHeadAttended", Boolean.toString(judicialOfficeHeadAttended));
        return values;
    }
}
