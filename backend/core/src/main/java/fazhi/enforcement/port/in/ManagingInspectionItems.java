package fazhi.enforcement.port.in;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

/**
 * The township's enterprise inspection items list (涉企行政检查事项清单): keeping its items and publishing them.
 * Only published items may be inspected (ENF-14). Every change names the version it was based on (SYS-02).
 */
public interface ManagingInspectionItems {

    /** A new, unpublished item; without a yearly cap the township's default applies. */
    InspectionItem create(Actor actor, TownshipCode township, InspectionItemDetails details);

    InspectionItem update(Actor actor, TownshipCode township, String id, long expectedVersion,
                          InspectionItemDetails details);

    /** A leader publishes the item today. */
    InspectionItem publish(Actor actor, TownshipCode township, String id, long expectedVersion);

    InspectionItem get(Actor actor, TownshipCode township, String id);

    Page<InspectionItem> list(Actor actor, TownshipCode township, InspectionItemQuery query, PageRequest page);

    /** The published items, for anyone without login. */
    Page<InspectionItem> published(TownshipCode township, PageRequest page);
}
