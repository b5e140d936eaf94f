package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;

import java.util.List;

/** Looking up the townships an actor may see, and registering new ones. */
public interface Townships {

    /** The townships the actor may see, ordered by code. */
    List<Township> visibleTo(Actor actor);

    /** The township, or {@code RecordNotFound} when it does not exist or the actor may not see it (SYS-04). */
    Township get(Actor actor, TownshipCode code);

    /** An administrator registers a township (or renames it); idempotent. */
    Township register(Actor actor, Township township);
}
