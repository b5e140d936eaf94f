package fazhi.contract.port.in;

import fazhi.contract.model.ContractFigures;
import fazhi.shared.model.Actor;
import fazhi.shared.model.TownshipCode;

/** The contract figures of a township's year, for the annual report and the county. */
public interface ReadingContractFigures {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2100;

    /** Every role that works in the township may read them; another township's answers 404 (SYS-04). */
    ContractFigures figures(Actor actor, TownshipCode township, int year);
}
