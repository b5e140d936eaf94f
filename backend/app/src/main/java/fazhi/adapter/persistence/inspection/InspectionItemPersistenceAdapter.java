package fazhi.adapter.persistence.inspection;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InspectionItemPersistenceAdapter implements InspectionItemRepository, Listings {

    /** API sort fields and how they order the list (codes are unique in a township). */
    static final Map<String, Order> SORTS = Map.of(
            "code", Order.unique("uq_inspection_item_code", "code"),
            "name", Order.by("ix_inspection_item_name", "name"),
            "field", Order.unique("ix_inspection_item_field", "field", "code"),
            "method", Order.unique("ix_inspection_item_method", "method", "code"),
            "publishedOn", Order.by("ix_inspection_item_published_on", "published_on"),
            "createdAt", Order.by("ix_inspection_item_created", "created_at"));

    private final Items items;

    public InspectionItemPersistenceAdapter(Items items) {
        this.items = items;
    }

    @Override
    public Optional<InspectionItem> find(TownshipCode township, String id) {
        return items.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(InspectionItemPersistenceAdapter::toDomain);
    }

    @Override
    public List<InspectionItem> findAll(TownshipCode township, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return items.list("township = ?1 and id in ?2", township.value(), List.copyOf(ids)).stream()
                .map(InspectionItemPersistenceAdapter::toDomain).toList();
    }

    @Override
    public boolean codeTaken(TownshipCode township, String code, String exceptItemId) {
        return items.count("township = ?1 and code = ?2 and id <> ?3", township.value(), code,
                exceptItemId == null ? "" : exceptItemId) > 0;
    }

    @Override
    public InspectionItem save(InspectionItem item, Stamp stamp) {
        InspectionItemEntity entity = items.findByIdOptional(item.id()).orElseGet(() -> {
            InspectionItemEntity created = new InspectionItemEntity();
            created.id = item.id();
            created.township = item.township().value();
            return created;
        });
        InspectionItemDetails details = item.details();
        entity.listTitle = details.listTitle();
        entity.code = details.code();
        entity.name = details.name();
        entity.subjects = details.subjects();
        entity.legalBasis = details.legalBasis();
        entity.department = details.department().name();
        entity.field = details.field().name();
        entity.method = details.method().name();
        entity.yearlyCap = details.yearlyCap();
        entity.published = item.published();
        entity.publishedOn = item.publishedOn();
        entity.stamp(stamp);
        items.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        items.flush();
        return toDomain(entity);
    }

    @Override
    public Page<InspectionItem> search(TownshipCode township, InspectionItemQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(items.getEntityManager(), InspectionItemEntity.class,
                e -> e.id, page).map(InspectionItemPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("inspection items", InspectionItemQuery.class, InspectionItemQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, InspectionItemQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("inspection_item", township.value());
        if (query.field() != null) {
            list.where("field = ?", query.field().name());
        }
        if (query.method() != null) {
            list.where("method = ?", query.method().name());
        }
        if (query.department() != null) {
            list.where("department = ?", query.department().name());
        }
        if (query.published() != null) {
            list.where("published = ?", query.published());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "code", "name", "legal_basis");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }


    private static InspectionItem toDomain(InspectionItemEntity e) {
        InspectionItemDetails details = new InspectionItemDetails(e.listTitle, e.code, e.name, e.subjects,
                e.legalBasis, Department.valueOf(e.department), EnforcementField.valueOf(e.field),
                InspectionMethod.valueOf(e.method), e.yearlyCap);
        return new InspectionItem(e.id, TownshipCode.of(e.township), details, e.publishedOn, e.version, e.created(),
                e.updated());
    }

    @ApplicationScoped
    static class Items implements PanacheRepositoryBase<InspectionItemEntity, String> {
    }
}
