package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * ENF-12 (追责时效): no penalty for a violation undiscovered for 2 years, 5 where life, health or property
 * safety was harmed. Discovered exactly on the last day is in time.
 */
public final class Limitation {

    public static final int YEARS = 2;
    public static final int YEARS_WITH_HARM = 5;

    private Limitation() {
    }

    /** The last day on which the violation may still be discovered. */
    public static LocalDate lastDay(LocalDate violationDate, boolean harmsLifeHealthOrProperty) {
        return violationDate.plusYears(harmsLifeHealthOrProperty ? YEARS_WITH_HARM : YEARS);
    }

    public static boolean hasRunOut(LocalDate violationDate, LocalDate discoveredOn,
                                    boolean harmsLifeHealthOrProperty) {
        return discoveredOn.isAfter(lastDay(violationDate, harmsLifeHealthOrProperty));
    }

    /** Refuses when the limitation had run out before the violation was discovered. */
    public static void require(LocalDate violationDate, LocalDate discoveredOn, boolean harmsLifeHealthOrProperty) {
        if (hasRunOut(violationDate, discoveredOn, harmsLifeHealthOrProperty)) {
            throw new RuleViolation(Rule.ENF_12, "enf12.limitation", violationDate, discoveredOn,
                    harmsLifeHealthOrProperty ? YEARS_WITH_HARM : YEARS,
                    lastDay(violationDate, harmsLifeHealthOrProperty));
        }
    }
}
