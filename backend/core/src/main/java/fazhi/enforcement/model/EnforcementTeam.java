package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The officers who carry out a case or an inspection (执法人员): at least two (ENF-01), each active with a
 * certificate valid on the day of the action (ENF-02).
 */
public record EnforcementTeam(List<Officer> officers) {

    public static final int MINIMUM = 2;

    public EnforcementTeam {
        officers = List.copyOf(officers);
    }

    /** ENF-01: at least two different officers. */
    public void requireTwoOfficers() {
        long distinct = officers.stream().map(Officer::id).distinct().count();
        if (distinct < MINIMUM) {
            throw new RuleViolation(Rule.ENF_01, "enf01.twoOfficers", distinct);
        }
    }

    /** ENF-02: every officer may act on {@code date}; the first who may not is named. */
    public void requireCertifiedOn(LocalDate date) {
        Objects.requireNonNull(date);
        for (Officer officer : officers) {
            if (!officer.mayActOn(date)) {
                throw new RuleViolation(Rule.ENF_02, "enf02.officerMayNotAct", officer.details().name(), date);
            }
        }
    }

    /** Both rules, as every action with officers on a date asks. */
    public void requireFitFor(LocalDate date) {
        requireTwoOfficers();
        requireCertifiedOn(date);
    }

    public List<String> officerIds() {
        return officers.stream().map(Officer::id).toList();
    }
}
