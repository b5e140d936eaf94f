package fazhi.enforcement.service;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.in.ManagingInspectionItems;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

import static fazhi.enforcement.service.InspectionRoles.KEEPERS;
import static fazhi.enforcement.service.InspectionRoles.LEADERS;
import static fazhi.enforcement.service.InspectionRoles.PUBLIC;
import static fazhi.enforcement.service.InspectionRoles.READERS;

public class InspectionItemService implements ManagingInspectionItems {

    static final String RECORD_TYPE = "inspectionItem";

    private final InspectionItemRepository items;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<InspectionItem> changes;
    private final ToIntFunction<TownshipCode> defaultYearlyCap;

    /** {@code defaultYearlyCap}: the cap of an item created without one (the township's ENF-14 setting). */
    public InspectionItemService(InspectionItemRepository items, Townships townships, AuditLog auditLog, Clock clock,
                                 ToIntFunction<TownshipCode> defaultYearlyCap) {
        this.items = items;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, items::find, items::save, auditLog, clock);
        this.defaultYearlyCap = defaultYearlyCap;
    }

    @Override
    public InspectionItem create(Actor actor, TownshipCode township, InspectionItemDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireCodeFree(township, details, null);
        InspectionItem item = InspectionItem.draft(UUID.randomUUID().toString(), township,
                details.withDefaultCap(defaultYearlyCap.applyAsInt(township)));
        InspectionItem saved = items.save(item, changes.stamp(actor));
        changes.audit(actor, saved, "inspectionItem.created", Map.of());
        return saved;
    }

    @Override
    public InspectionItem update(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 InspectionItemDetails details) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "inspectionItem.updated", item -> {
            requireCodeFree(township, details, id);
            item.revise(details.withDefaultCap(defaultYearlyCap.applyAsInt(township)));
        });
    }

    @Override
    public InspectionItem publish(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return changes.change(actor, township, id, expectedVersion, LEADERS, "inspectionItem.published",
                item -> item.publish(clock.today()));
    }

    @Override
    public InspectionItem get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<InspectionItem> list(Actor actor, TownshipCode township, InspectionItemQuery query,
                                     PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return items.search(township, query, page);
    }

    @Override
    public Page<InspectionItem> published(TownshipCode township, PageRequest page) {
        townships.get(PUBLIC, township);
        return items.search(township, InspectionItemQuery.publishedOnly(), page);
    }

    private void requireCodeFree(TownshipCode township, InspectionItemDetails details, String exceptId) {
        if (items.codeTaken(township, details.code(), exceptId)) {
            throw new InvalidInput("code", "inspectionItem.code.taken", details.code());
        }
    }
}
