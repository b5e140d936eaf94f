package fazhi.enforcement.figures.port.in;

import fazhi.enforcement.figures.model.EnforcementFigures;
import fazhi.shared.model.Actor;
import fazhi.shared.model.TownshipCode;

/** The enforcement figures of a township's year, for the annual report and the county. */
public interface ReadingEnforcementFigures {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2100;

    /** Every role that works in the township may read them; another township's answers 404 (SYS-04). */
    EnforcementFigures figures(Actor actor, TownshipCode township, int year);
}
