package fazhi.adapter.persistence.inspection;

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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InspectionItemPersistenceAdapter implements InspectionItemRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "code", "code",
            "name", "name",
            "field", "field",
            "method", "method",
            "publishedOn", "publishedOn",
            "createdAt", "createdAt");

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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.field() != null) {
            where.add("field = :field");
            parameters.and("field", query.field().name());
        }
        if (query.method() != null) {
            where.add("method = :method");
            parameters.and("method", query.method().name());
        }
        if (query.department() != null) {
            where.add("department = :department");
            parameters.and("department", query.department().name());
        }
        if (query.published() != null) {
            where.add("published = :published");
            parameters.and("published", query.published());
        }
        if (query.text() != null) {
            where.add("(lower(code) like :text or lower(name) like :text or lower(legalBasis) like :text)");
            parameters.and("text", "%" + escapeLike(query.text().toLowerCase()) + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<InspectionItemEntity> found = items.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(InspectionItemPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
