package fazhi.training.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.SessionDetails;
import fazhi.training.model.StudyProgress;

/**
 * The sessions of legal study, training, publicity and meetings (学法、培训、宣讲、会议) of a township, and TRN-01's
 * progress. Staff and leaders record them; every role of the township reads them. Attendees are people of the
 * township's roster; a date after today is refused.
 */
public interface KeepingTrainingSessions {

    SessionOverview record(Actor actor, TownshipCode township, SessionDetails details);

    SessionOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion, SessionDetails details);

    SessionOverview get(Actor actor, TownshipCode township, String id);

    Page<SessionOverview> list(Actor actor, TownshipCode township, SessionQuery query, PageRequest page);

    /** TRN-01: the central group's law studies of the year against the township's minimum, as of today. */
    StudyProgress progress(Actor actor, TownshipCode township, int year);
}
