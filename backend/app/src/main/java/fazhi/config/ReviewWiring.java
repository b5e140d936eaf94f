package fazhi.config;

import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.review.port.out.LegalityReviewRepository;
import fazhi.review.service.LegalityReviewService;
import fazhi.review.service.ReviewGateService;
import fazhi.shared.model.WorkingDays;
import fazhi.shared.port.in.KeepingHolidayCalendar;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.HolidayCalendar;
import fazhi.shared.service.HolidayCalendarService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import java.util.function.Supplier;

/**
 * The holiday calendar, working days and legality reviews as CDI beans. Also the one way to run the review use
 * cases on another clock ({@link #reviewingAsOf}), for demo data that must be dated in the past.
 */
@ApplicationScoped
public class ReviewWiring {

    private final LegalityReviewRepository reviews;
    private final Townships townships;
    private final AuditLog auditLog;
    private final HolidayCalendar calendar;

    public ReviewWiring(LegalityReviewRepository reviews, Townships townships, AuditLog auditLog,
                        HolidayCalendar calendar) {
        this.reviews = reviews;
        this.townships = townships;
        this.auditLog = auditLog;
        this.calendar = calendar;
    }

    @Produces
    @ApplicationScoped
    KeepingHolidayCalendar keepingHolidayCalendar(Clock clock) {
        return new HolidayCalendarService(calendar, auditLog, clock);
    }

    /**
     * Working days over the calendar as it is when the bean is made. It reads the calendar once per year and
     * keeps it, so take a fresh one per use (inject {@code Supplier<WorkingDays>} into long-lived beans) to see
     * the administrator's later edits.
     */
    @Produces
    @Dependent
    WorkingDays workingDays() {
        return HolidayCalendarService.workingDaysOver(calendar);
    }

    /** A fresh {@link WorkingDays} on each {@code get()}: what long-lived services hold. */
    @Produces
    @ApplicationScoped
    Supplier<WorkingDays> freshWorkingDays() {
        return () -> HolidayCalendarService.workingDaysOver(calendar);
    }

    @Produces
    @ApplicationScoped
    ReviewingLegality reviewingLegality(Clock clock) {
        return reviewingAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ReviewGate reviewGate() {
        return new ReviewGateService(reviews);
    }

    /**
     * The review use cases with "today" taken from {@code clock}. Demo data uses it to submit and answer
     * reviews on past dates through the same rules (LR-01, LR-02, LR-04, LR-05) as everyone else.
     */
    public ReviewingLegality reviewingAsOf(Clock clock) {
        return new LegalityReviewService(reviews, townships, auditLog, clock,
                () -> HolidayCalendarService.workingDaysOver(calendar));
    }
}
