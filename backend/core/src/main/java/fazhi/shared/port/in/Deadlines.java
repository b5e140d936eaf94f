package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.TownshipCode;

import java.time.Period;
import java.util.List;

/**
 * What falls due in a township within a period from today, or is already overdue. Each area that keeps
 * deadlines answers for its own records; the radar merges them.
 */
public interface Deadlines {

    /** The longest period the radar looks ahead. */
    Period MAX_WITHIN = Period.ofDays(366);

    /**
     * Every deadline of the township due on or before today + {@code within}, overdue ones included, sorted by
     * due date; an area may add what its rule flags earlier (CON-03: a contract's end from the township's notice
     * days before it). Every role that works in the township may ask (SYS-04 for another township).
     */
    List<Deadline> dueWithin(Actor actor, TownshipCode township, Period within);
}
