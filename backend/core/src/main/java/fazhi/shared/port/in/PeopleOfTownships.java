package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Person;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;

import java.util.List;
import java.util.Optional;

/** Who works in a township, so that a form offers the people who may be assigned instead of a typed username. */
public interface PeopleOfTownships {

    /** The township's people, those with {@code role} when one is given, ordered by display name. */
    List<Person> of(Actor actor, TownshipCode township, Optional<Role> role);
}
