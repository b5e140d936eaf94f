package fazhi.enforcement.port.in;

import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterDetails;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

/**
 * The township's list of enforcement matters (执法事项 / 权责清单), drawn up against the county's delegated powers
 * (县级赋权事项): defining and editing matters (codes unique in the township), publishing and withdrawing them, and
 * the public list of the published ones. Every change names the version it was based on (SYS-02) and is audited
 * (SYS-01).
 */
public interface ManagingEnforcementMatters {

    EnforcementMatter define(Actor actor, TownshipCode township, MatterDetails details);

    /** Only an unpublished matter is edited. */
    EnforcementMatter revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                             MatterDetails details);

    /** A leader puts the matter on the public list. */
    EnforcementMatter publish(Actor actor, TownshipCode township, String id, long expectedVersion);

    /** A leader takes it off the public list. */
    EnforcementMatter withdraw(Actor actor, TownshipCode township, String id, long expectedVersion);

    EnforcementMatter get(Actor actor, TownshipCode township, String id);

    Page<EnforcementMatter> list(Actor actor, TownshipCode township, EnforcementMatterQuery query,
                                 PageRequest page);

    /** Public, no login: the township's published matters; an unknown township is not found. */
    Page<EnforcementMatter> published(TownshipCode township, EnforcementMatterQuery query, PageRequest page);
}
