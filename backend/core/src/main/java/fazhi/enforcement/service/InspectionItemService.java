package fazhi.enforcement.service;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.in.ManagingInspectionItems;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import static fazhi.enforcement.service.InspectionRoles.KEEPERS;
import static fazhi.enforcement.service.InspectionRoles.LEADERS;
import static fazhi.enforcement.service.InspectionRoles.PUBLIC;
import static fazhi.enforcement.service.InspectionRoles.READERS;

public class InspectionItemService implements ManagingInspectionItems {

    static final String RECORD_TYPE = "inspectionItem";

    private final InspectionItemRepository items;
    private final Townships townships;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ToIntFunction<TownshipCode> defaultYearlyCap;

    /** {@code defaultYearlyCap}: the cap of an item created without one (the township's ENF-14 setting). */
    public InspectionItemService(InspectionItemRepository items, Townships townships, AuditLog auditLog, Clock clock,
                                 ToIntFunction<TownshipCode> defaultYearlyCap) {
        this.items = items;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
        this.defaultYearlyCap = defaultYearlyCap;
    }

    @Override
    public InspectionItem create(Actor actor, TownshipCode township, InspectionItemDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireCodeFree(township, details, null);
        InspectionItem item = InspectionItem.draft(UUID.randomUUID().toString(), township,
                details.withDefaultCap(defaultYearlyCap.applyAsInt(township)));
        InspectionItem saved = items.save(item, stamp(actor));
        audit(actor, saved, "inspectionItem.created", Map.of());
        return saved;
    }

    @Override
    public InspectionItem update(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 InspectionItemDetails details) {
        return change(actor, township, id, expectedVersion, KEEPERS, "inspectionItem.updated", item -> {
            requireCodeFree(township, details, id);
            item.revise(details.withDefaultCap(defaultYearlyCap.applyAsInt(township)));
        });
    }

    @Override
    public InspectionItem publish(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return change(actor, township, id, expectedVersion, LEADERS, "inspectionItem.published",
                item -> item.publish(clock.today()));
    }

    @Override
    public InspectionItem get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return load(township, id);
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

    private InspectionItem change(Actor actor, TownshipCode township, String id, long expectedVersion,
                                  Role[] allowed, String action, Consumer<InspectionItem> change) {
        actor.require(township, allowed);
        InspectionItem item = load(township, id);
        if (item.version() != expectedVersion) {
            throw new StaleRecord(RECORD_TYPE, id, expectedVersion, item.version());
        }
        Map<String, String> before = item.snapshot();
        change.accept(item);
        InspectionItem saved = items.save(item, stamp(actor));
        audit(actor, saved, action, before);
        return saved;
    }

    private InspectionItem load(TownshipCode township, String id) {
        return items.find(township, id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private void requireCodeFree(TownshipCode township, InspectionItemDetails details, String exceptId) {
        if (items.codeTaken(township, details.code(), exceptId)) {
            throw new InvalidInput("code", "inspectionItem.code.taken", details.code());
        }
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(clock.now(), actor.username());
    }

    private void audit(Actor actor, InspectionItem item, String action, Map<String, String> before) {
        auditLog.record(new AuditLog.Entry(item.township(), actor.username(), clock.now(), action, RECORD_TYPE,
                item.id(), Change.between(before, item.snapshot())));
    }
}
