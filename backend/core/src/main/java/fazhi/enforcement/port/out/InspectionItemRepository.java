package fazhi.enforcement.port.out;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the items of the inspection items lists are kept. */
public interface InspectionItemRepository {

    Optional<InspectionItem> find(TownshipCode township, String id);

    /** The township's items among {@code ids}; unknown ids are left out. */
    List<InspectionItem> findAll(TownshipCode township, Collection<String> ids);

    /** Whether another item of the township has this code. */
    boolean codeTaken(TownshipCode township, String code, String exceptItemId);

    /** Inserts or updates, stamping the change, and answers the item as stored, with its new version. */
    InspectionItem save(InspectionItem item, Stamp stamp);

    Page<InspectionItem> search(TownshipCode township, InspectionItemQuery query, PageRequest page);
}
