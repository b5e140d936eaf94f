package fazhi.testing;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.SubjectType;
import fazhi.review.service.LegalityReviewService;
import fazhi.review.service.ReviewGateService;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.WorkingDays;
import fazhi.shared.service.HolidayCalendarService;
import fazhi.shared.service.TownshipService;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.JINHE;

/**
 * Jinhe's legality reviews wired to in-memory ports over the State Council's 2025–2026 calendar, with the
 * people who take part: a clerk who submits, two legal reviewers, a leader.
 */
public final class LegalityReviewFixture {

    /** A Monday with no holiday within three weeks. */
    public static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 3);

    public final FixedClock clock = FixedClock.on(SUBMITTED);
    public final InMemoryHolidayCalendar calendar = InMemoryHolidayCalendar.withStateCouncilSchedules();
    public final InMemoryLegalityReviewRepository reviews = new InMemoryLegalityReviewRepository();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(TestTownships.theCounty(), auditLog, clock);
    public final LegalityReviewService service = new LegalityReviewService(reviews, townships, auditLog, clock,
            () -> HolidayCalendarService.workingDaysOver(calendar));
    public final ReviewGateService gate = new ReviewGateService(reviews);

    public final Actor clerk = a(Role.STAFF).named("staff.li").of(JINHE).build();
    public final Actor reviewer = a(Role.LEGAL_REVIEWER).named("reviewer.wang").of(JINHE).build();
    public final Actor otherReviewer = a(Role.LEGAL_REVIEWER).named("reviewer.zhao").of(JINHE).build();
    public final Actor leader = a(Role.LEADER).named("leader.yang").of(JINHE).build();

    public WorkingDays workingDays() {
        return HolidayCalendarService.workingDaysOver(calendar);
    }

    /** Moves the clock to the n-th working day after {@code SUBMITTED}. */
    public LocalDate onWorkingDay(int n) {
        return on(workingDays().plus(SUBMITTED, n));
    }

    public LocalDate on(LocalDate day) {
        clock.set(FixedClock.on(day).now());
        return day;
    }

    /** A subject the clerk submitted today, assigned to {@link #reviewer}. */
    public LegalityReview submitted(SubjectType type, String ref) {
        return service.submit(clerk, JINHE, ReviewSubmissionBuilder.aSubmission().of(type, ref)
                .to(reviewer.username()).build());
    }

    /** A subject the reviewer rejected on the seventh working day after submission. */
    public LegalityReview rejected(SubjectType type, String ref) {
        LegalityReview review = submitted(type, ref);
        onWorkingDay(7);
        return service.decide(reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.Rejected(List.of("缺少公平竞争审查意见")));
    }
}
