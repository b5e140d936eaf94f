package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.util.List;

/**
 * ENF-08 (首违不罚): a first violation with minor harm, corrected in time, may end without a penalty; the party's
 * earlier violations in the township (a penalty or an earlier first violation) speak against it.
 */
public final class FirstViolationPolicy {

    private FirstViolationPolicy() {
    }

    public static void require(Outcome outcome, List<EarlierViolation> earlierViolations) {
        if (outcome instanceof Outcome.NoPenaltyFirstViolation && !earlierViolations.isEmpty()) {
            EarlierViolation first = earlierViolations.get(0);
            throw new RuleViolation(Rule.ENF_08, "enf08.earlierViolations", earlierViolations.size(),
                    first.caseNumber().toString(), first.violationDate());
        }
    }
}
