package fazhi.shared.port.out;

import fazhi.shared.model.DirectoryUnavailable;
import fazhi.shared.model.Person;
import fazhi.shared.model.TownshipCode;

import java.util.List;

/** The identity provider's users who work in a township: its own, and the county's who work in every township. */
public interface People {

    /** @throws DirectoryUnavailable when the identity provider cannot be asked */
    List<Person> of(TownshipCode township);
}
