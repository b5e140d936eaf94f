package fazhi.enforcement.port.out;

import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where enforcement matters are kept. */
public interface EnforcementMatterRepository {

    Optional<EnforcementMatter> find(TownshipCode township, String id);

    /** Whether another matter of the township has this code. */
    boolean codeTaken(TownshipCode township, String code, String exceptMatterId);

    /** Inserts or updates, stamping the change, and answers the matter as stored, with its new version. */
    EnforcementMatter save(EnforcementMatter matter, Stamp stamp);

    Page<EnforcementMatter> search(TownshipCode township, EnforcementMatterQuery query, PageRequest page);
}
