package fazhi.enforcement.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read side of a case's steps: each step done (with its day), skipped, current or pending. */
public final class CaseSteps {

    private CaseSteps() {
    }

    /** The steps in order with their states; {@code review} is what the review area answers of its legal review. */
    public static List<Step> of(EnforcementCase c, ReviewAnswer review) {
        Map<CaseStep, Step> known = new LinkedHashMap<>();
        known.put(CaseStep.FILE, done(CaseStep.FILE, c.filedOn()));
        boolean beyondFiling = c.notice() != null || c.decision() != null;
        if (c.investigation() != null) {
            known.put(CaseStep.INVESTIGATE, done(CaseStep.INVESTIGATE, c.investigation().startedOn()));
        } else if (beyondFiling) {
            known.put(CaseStep.INVESTIGATE, skipped(CaseStep.INVESTIGATE));
        }
        if (c.notice() != null) {
            known.put(CaseStep.NOTIFY, done(CaseStep.NOTIFY, c.notice().notifiedOn()));
        } else if (c.decision() != null) {
            known.put(CaseStep.NOTIFY, skipped(CaseStep.NOTIFY));
        }
        if (c.hearing().isHeld()) {
            known.put(CaseStep.HEARING, done(CaseStep.HEARING, c.hearing().heldOn()));
        } else if (c.hearing().isWaived() || (c.notice() != null && !c.notice().hearingOffered())
                || c.decision() != null) {
            known.put(CaseStep.HEARING, skipped(CaseStep.HEARING));
        }
        if (review != null && review.passed()) {
            known.put(CaseStep.LEGAL_REVIEW, done(CaseStep.LEGAL_REVIEW, review.decidedOn()));
        } else if (!c.isMajor() && c.legalReview() == null || c.decision() != null) {
            known.put(CaseStep.LEGAL_REVIEW, skipped(CaseStep.LEGAL_REVIEW));
        }
        if (c.decision() != null) {
            known.put(CaseStep.DECIDE, done(CaseStep.DECIDE, c.decision().decidedOn()));
            if (!c.hasSomethingToExecute()) {
                known.put(CaseStep.EXECUTE, skipped(CaseStep.EXECUTE));
            }
        }
        if (c.delivery() != null) {
            known.put(CaseStep.DELIVER, done(CaseStep.DELIVER, c.delivery().deliveredOn()));
        }
        if (c.execution() != null) {
            known.put(CaseStep.EXECUTE, done(CaseStep.EXECUTE, c.execution().executedOn()));
        }
        if (c.closedOn() != null) {
            known.put(CaseStep.CLOSE, done(CaseStep.CLOSE, c.closedOn()));
        }
        List<Step> steps = new ArrayList<>();
        boolean currentGiven = c.status().isFinished();
        for (CaseStep step : CaseStep.values()) {
            Step state = known.get(step);
            if (state == null) {
                StepState open = c.status() == CaseStatus.REVOKED ? StepState.SKIPPED
                        : currentGiven ? StepState.PENDING : StepState.CURRENT;
                currentGiven = true;
                state = new Step(step, open, null);
            }
            steps.add(state);
        }
        return steps;
    }

    private static Step done(CaseStep step, LocalDate on) {
        return new Step(step, StepState.DONE, on);
    }

    private static Step skipped(CaseStep step) {
        return new Step(step, StepState.SKIPPED, null);
    }
}
