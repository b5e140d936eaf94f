package fazhi.testing;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.service.TownshipService;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionDetails;
import fazhi.training.model.SessionType;
import fazhi.training.model.Speaker;
import fazhi.training.model.SpeakerOrganisation;
import fazhi.training.model.StaffMemberDetails;
import fazhi.training.model.VenueKind;
import fazhi.training.service.ExamService;
import fazhi.training.service.RosterService;
import fazhi.training.service.TrainingSessionService;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.JINHE;

/** The training area wired to in-memory ports. Today is 2025-06-30; TRN-01's minimum is 2 until a test changes it. */
public final class TrainingFixture {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    public final FixedClock clock = FixedClock.on(TODAY);
    public final InMemoryRoster roster = new InMemoryRoster();
    public final InMemoryTrainingSessions sessions = new InMemoryTrainingSessions();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(TestTownships.theCounty(), auditLog, clock);
    public int minimum = 2;
    public final RosterService rosterService = new RosterService(roster, townships, auditLog, clock);
    public final TrainingSessionService service = new TrainingSessionService(sessions, roster, townships, sessions,
            township -> minimum, auditLog, clock);

    public final InMemoryExams exams = new InMemoryExams();
    public final ExamService examService = new ExamService(exams, roster, townships, auditLog, clock);

    public final Actor staff = a(Role.STAFF).named("chen.clerk").of(JINHE).build();

    public void today(LocalDate day) {
        clock.set(FixedClock.on(day).now());
    }

    public static SessionDetails session(SessionType type, LocalDate heldOn) {
        return new SessionDetails(type, type == SessionType.MEETING ? MeetingKind.STABILITY_SECURITY : null, heldOn,
                "镇政府三楼会议室", VenueKind.TOWNSHIP_OFFICE, Occasion.OTHER, "学习习近平法治思想",
                List.of("习近平法治思想"), List.of("《中华人民共和国宪法》"),
                List.of(new Speaker("龙所长", SpeakerOrganisation.JUDICIAL_OFFICE)), List.of(), 25, 0, false);
    }

    public static StaffMemberDetails person(String name, LocalDate from, LocalDate to) {
        return new StaffMemberDetails(name, "科员", "党政办", false, false, from, to);
    }
}
