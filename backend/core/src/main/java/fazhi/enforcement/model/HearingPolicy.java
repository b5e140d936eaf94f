package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * ENF-06 (听证): a fine at or above the township's hearing threshold for the party's kind (or another measure in
 * a case flagged major) must offer a hearing with the notice; the party may ask within {@value #REQUEST_DAYS}
 * days of the notice (day 5 in time, day 6 late); once asked, no decision before the hearing is held, and an
 * offered hearing must be waived, held or its window past before the decision.
 */
public final class HearingPolicy {

    public static final int REQUEST_DAYS = 5;

    private HearingPolicy() {
    }

    /** The last day the party may ask for a hearing notified on {@code notifiedOn}. */
    public static LocalDate windowEndsOn(LocalDate notifiedOn) {
        return notifiedOn.plusDays(REQUEST_DAYS);
    }

    public static boolean needsHearing(CaseDetails details, Outcome outcome, EnforcementSettings settings) {
        return switch (outcome.kind()) {
            case FINE -> outcome.fineAmount().compareTo(settings.hearingThresholdFor(details.party().kind())) >= 0;
            case OTHER -> details.major();
            default -> false;
        };
    }

    /** At the notice: an intended outcome that needs a hearing has one offered. */
    public static void requireOffered(CaseDetails details, Notice notice, EnforcementSettings settings) {
        if (needsHearing(details, notice.intendedOutcome(), settings) && !notice.hearingOffered()) {
            throw notOffered(details, settings);
        }
    }

    public static void requireRequestInTime(Notice notice, LocalDate requestedOn) {
        if (requestedOn.isAfter(notice.hearingWindowEndsOn())) {
            throw new RuleViolation(Rule.ENF_06, "enf06.hearingRequestLate", notice.notifiedOn(),
                    notice.hearingWindowEndsOn());
        }
    }

    /** Before any decision: a requested hearing is held first. */
    public static void requireRequestedHeld(Hearing hearing) {
        if (hearing.isRequested() && !hearing.isHeld()) {
            throw new RuleViolation(Rule.ENF_06, "enf06.hearingNotHeld", hearing.requestedOn());
        }
    }

    /** Before a penalty: the hearing it needs was offered, and an offered one is waived, held or past. */
    public static void requireDone(CaseDetails details, Notice notice, Hearing hearing, LocalDate decidedOn,
                                   Outcome penalty, EnforcementSettings settings) {
        if (needsHearing(details, penalty, settings) && !notice.hearingOffered()) {
            throw notOffered(details, settings);
        }
        if (!notice.hearingOffered() || hearing.isWaived() || hearing.isHeld()) {
            return;
        }
        if (!decidedOn.isAfter(notice.hearingWindowEndsOn())) {
            throw new RuleViolation(Rule.ENF_06, "enf06.hearingWindowOpen", notice.hearingWindowEndsOn());
        }
    }

    private static RuleViolation notOffered(CaseDetails details, EnforcementSettings settings) {
        return new RuleViolation(Rule.ENF_06, "enf06.hearingNotOffered",
                settings.hearingThresholdFor(details.party().kind()).grouped());
    }
}
