package fazhi.enforcement.port.in;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

/**
 * The register of a township's enforcement officers (执法人员名册): registering, editing, suspending and
 * reinstating them, and finding them. Every change names the version it was based on (SYS-02).
 */
public interface ManagingOfficers {

    Officer register(Actor actor, TownshipCode township, OfficerDetails details);

    Officer update(Actor actor, TownshipCode township, String id, long expectedVersion, OfficerDetails details);

    Officer suspend(Actor actor, TownshipCode township, String id, long expectedVersion, String reason);

    Officer reinstate(Actor actor, TownshipCode township, String id, long expectedVersion);

    Officer get(Actor actor, TownshipCode township, String id);

    Page<Officer> list(Actor actor, TownshipCode township, OfficerQuery query, PageRequest page);
}
