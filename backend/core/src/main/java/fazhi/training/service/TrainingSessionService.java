package fazhi.training.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;
import fazhi.training.model.CentralGroupStudyPolicy;
import fazhi.training.model.SessionDetails;
import fazhi.training.model.StudyProgress;
import fazhi.training.model.TrainingSession;
import fazhi.training.port.in.KeepingTrainingSessions;
import fazhi.training.port.in.SessionOverview;
import fazhi.training.port.in.SessionQuery;
import fazhi.training.port.out.RosterRepository;
import fazhi.training.port.out.SessionFiles;
import fazhi.training.port.out.TrainingSessionRepository;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

public class TrainingSessionService implements KeepingTrainingSessions, Deadlines {

    public static final String RECORD_TYPE = "training-session";
    /** The kind of deadline TRN-01 brings to the radar. */
    public static final String CENTRAL_GROUP_STUDIES = "CENTRAL_GROUP_STUDIES";
    /** The radar's record of TRN-01: the township's year. */
    public static final String STUDY_YEAR = "central-group-study-year";

    private final TrainingSessionRepository sessions;
    private final RosterRepository roster;
    private final Townships townships;
    private final SessionFiles files;
    /** TRN-01's minimum, the township's setting at the moment it is read. */
    private final ToIntFunction<TownshipCode> minimum;
    private final Clock clock;
    private final RecordChanges<TrainingSession> changes;

    public TrainingSessionService(TrainingSessionRepository sessions, RosterRepository roster, Townships townships,
                                  SessionFiles files, ToIntFunction<TownshipCode> minimum, AuditLog auditLog,
                                  Clock clock) {
        this.sessions = sessions;
        this.roster = roster;
        this.townships = townships;
        this.files = files;
        this.minimum = minimum;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, sessions::find, sessions::save, auditLog, clock);
    }

    @Override
    public SessionOverview record(Actor actor, TownshipCode township, SessionDetails details) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.KEEPERS);
        check(township, details);
        TrainingSession saved = sessions.save(TrainingSession.record(UUID.randomUUID().toString(), township,
                details), changes.stamp(actor));
        changes.audit(actor, saved, "training-session.recorded", Map.of());
        return overview(saved);
    }

    @Override
    public SessionOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion,
                                SessionDetails details) {
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        return overview(changes.change(actor, township, id, expectedVersion, TrainingRoles.KEEPERS,
                "training-session.edited", s -> {
                    check(township, details);
                    s.edit(details);
                }));
    }

    @Override
    public SessionOverview get(Actor actor, TownshipCode township, String id) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return overview(changes.load(township, id));
    }

    @Override
    public Page<SessionOverview> list(Actor actor, TownshipCode township, SessionQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return sessions.search(township, query == null ? SessionQuery.all() : query, page)
                .map(s -> new SessionOverview(s, List.of()));
    }

    @Override
    public StudyProgress progress(Actor actor, TownshipCode township, int year) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        return progressOf(township, year);
    }

    private StudyProgress progressOf(TownshipCode township, int year) {
        return CentralGroupStudyPolicy.progress(year, sessions.centralGroupStudies(township, year),
                minimum.applyAsInt(township), clock.today());
    }

    /**
     * TRN-01 on the radar: from 1 October, a year short of its central group studies is due on 31 December, whatever
     * the period asked (the warning stands until the year is met or over).
     */
    @Override
    public List<Deadline> dueWithin(Actor actor, TownshipCode township, Period within) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        LocalDate today = clock.today();
        StudyProgress progress = progressOf(township, today.getYear());
        List<Deadline> due = new ArrayList<>();
        if (progress.behind()) {
            due.add(new Deadline(CENTRAL_GROUP_STUDIES, progress.dueOn(), today.isAfter(progress.dueOn()),
                    ChronoUnit.DAYS.between(today, progress.dueOn()), STUDY_YEAR, Integer.toString(progress.year()),
                    "中心组学法 " + progress.studies() + "/" + progress.minimum()));
        }
        return due;
    }

    /** A session is not held in the future, and its attendees are people of the township's roster. */
    private void check(TownshipCode township, SessionDetails details) {
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        if (details.heldOn().isAfter(clock.today())) {
            throw new InvalidInput("heldOn", "training.date.future", clock.today().toString());
        }
        if (!details.attendeeIds().isEmpty()) {
            Set<String> known = roster.existing(township, details.attendeeIds());
            for (int i = 0; i < details.attendeeIds().size(); i++) {
                if (!known.contains(details.attendeeIds().get(i))) {
                    throw new InvalidInput("attendeeIds[" + i + "]", "training.attendee.unknown");
                }
            }
        }
    }

    private SessionOverview overview(TrainingSession s) {
        return new SessionOverview(s, files.of(s.township(), s.id()));
    }
}
