package fazhi.config;

import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.training.port.in.KeepingExams;
import fazhi.training.port.in.KeepingRoster;
import fazhi.training.port.in.KeepingTrainingSessions;
import fazhi.training.port.in.ReadingTrainingFigures;
import fazhi.training.port.out.ExamRepository;
import fazhi.training.port.out.RosterRepository;
import fazhi.training.port.out.SessionFiles;
import fazhi.training.port.out.TrainingFiguresRepository;
import fazhi.training.port.out.TrainingSessionRepository;
import fazhi.training.service.ExamService;
import fazhi.training.service.RosterService;
import fazhi.training.service.TrainingFiguresService;
import fazhi.training.service.TrainingSessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The training area as CDI beans: the roster, the sessions and TRN-01 on the radar, reading the township's minimum
 * (settings centralGroupStudiesYearly) when the rule decides. {@link #sessionsAsOf} runs the sessions on another clock,
 * for demo data dated in the past.
 */
@ApplicationScoped
public class TrainingWiring {

    private final RosterRepository roster;
    private final TrainingSessionRepository sessions;
    private final ExamRepository exams;
    private final SessionFiles files;
    private final Townships townships;
    private final SettingsOfTownships settings;
    private final AuditLog auditLog;
    private final Clock clock;

    public TrainingWiring(RosterRepository roster, TrainingSessionRepository sessions, ExamRepository exams,
                          SessionFiles files,
                          Townships townships, SettingsOfTownships settings, AuditLog auditLog, Clock clock) {
        this.roster = roster;
        this.sessions = sessions;
        this.exams = exams;
        this.files = files;
        this.townships = townships;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Produces
    @ApplicationScoped
    KeepingRoster keepingRoster() {
        return new RosterService(roster, townships, auditLog, clock);
    }

    @Produces
    @ApplicationScoped
    KeepingTrainingSessions keepingTrainingSessions() {
        return serviceOn(clock);
    }

    @Produces
    @ApplicationScoped
    KeepingExams keepingExams() {
        return new ExamService(exams, roster, townships, auditLog, clock);
    }

    /** TRN-01 on the radar: a year short of its central group studies from 1 October. */
    @Produces
    @ApplicationScoped
    Deadlines trainingDeadlines() {
        return serviceOn(clock);
    }

    /** The year's training figures (SQL aggregates), TRN-01 with the township's minimum as it stands. */
    @Produces
    @ApplicationScoped
    ReadingTrainingFigures readingTrainingFigures(TrainingFiguresRepository repository) {
        return new TrainingFiguresService(repository, townships,
                township -> settings.of(township).centralGroupStudiesYearly(), clock);
    }

    /** The sessions' use cases with "today" taken from {@code clock}. */
    public KeepingTrainingSessions sessionsAsOf(Clock on) {
        return serviceOn(on);
    }

    private TrainingSessionService serviceOn(Clock on) {
        return new TrainingSessionService(sessions, roster, townships, files,
                township -> settings.of(township).centralGroupStudiesYearly(), auditLog, on);
    }
}
