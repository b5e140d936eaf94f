package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.TownshipCode;

/**
 * SYS-04 before anything else: whether the caller may see a township and a record of it is decided before a
 * request's body is looked at, so that another township's record answers "not found" whatever the body says.
 */
public interface SeeingRecords {

    /**
     * Nothing, or {@code RecordNotFound} when the actor may not see the township, or the township holds no record
     * of that type with that id ({@code id} null: the township alone).
     */
    void requireVisible(Actor actor, TownshipCode township, String recordType, String id);
}
