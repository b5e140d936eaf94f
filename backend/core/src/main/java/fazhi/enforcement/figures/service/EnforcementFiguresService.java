package fazhi.enforcement.figures.service;

import fazhi.enforcement.figures.model.EnforcementFigures;
import fazhi.enforcement.figures.port.in.ReadingEnforcementFigures;
import fazhi.enforcement.figures.port.out.EnforcementFiguresRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.Clock;

import java.time.LocalDate;
import java.time.Month;

public class EnforcementFiguresService implements ReadingEnforcementFigures {

    /** Reading figures: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};

    private final EnforcementFiguresRepository repository;
    private final Townships townships;
    private final Clock clock;

    public EnforcementFiguresService(EnforcementFiguresRepository repository, Townships townships, Clock clock) {
        this.repository = repository;
        this.townships = townships;
        this.clock = clock;
    }

    @Override
    public EnforcementFigures figures(Actor actor, TownshipCode township, int year) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("year", "field.range", FIRST_YEAR, LAST_YEAR);
        }
        // certified at the end of the year, or today while the year still runs
        LocalDate endOfYear = LocalDate.of(year, Month.DECEMBER, 31);
        LocalDate today = clock.today();
        LocalDate certifiedOn = endOfYear.isAfter(today) ? today : endOfYear;
        return EnforcementFigures.of(township, year, certifiedOn, repository.casesFiledByField(township, year),
                repository.inspectionsByField(township, year), repository.decisionsByOutcome(township, year),
                repository.officersCertifiedOn(township, certifiedOn), repository.examRegistrations(township, year));
    }
}
