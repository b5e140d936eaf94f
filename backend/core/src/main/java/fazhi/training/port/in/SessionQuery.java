package fazhi.training.port.in;

import fazhi.shared.model.InvalidInput;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.VenueKind;

import java.time.LocalDate;
import java.util.Set;

/** Filters of the sessions; null means "any". {@code from}/{@code to} bound the day held, both included. */
public record SessionQuery(SessionType type, MeetingKind meetingKind, VenueKind venueKind, Occasion occasion,
                           Integer year, LocalDate from, LocalDate to) {

    public static final Set<String> SORTABLE = Set.of("heldOn");
    public static final String DEFAULT_SORT = "heldOn,desc";

    public SessionQuery {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "training.range.reversed");
        }
    }

    public static SessionQuery all() {
        return new SessionQuery(null, null, null, null, null, null, null);
    }
}
