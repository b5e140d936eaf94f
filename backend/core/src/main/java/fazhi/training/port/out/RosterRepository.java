package fazhi.training.port.out;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.StaffMember;
import fazhi.training.port.in.RosterQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the township's roster is kept. */
public interface RosterRepository {

    Optional<StaffMember> find(TownshipCode township, String id);

    /** Inserts or updates, stamping the change, and answers the person as stored, with the new version. */
    StaffMember save(StaffMember person, Stamp stamp);

    Page<StaffMember> search(TownshipCode township, RosterQuery query, PageRequest page);

    /** Everyone of the township matching the query, by name (a township's roster is tens, not thousands). */
    List<StaffMember> all(TownshipCode township, RosterQuery query);

    /** Which of the ids are people of the township's roster. */
    Set<String> existing(TownshipCode township, Collection<String> ids);
}
