package fazhi.adapter.persistence.matter;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterDetails;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.enforcement.port.out.EnforcementMatterRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class EnforcementMatterPersistenceAdapter implements EnforcementMatterRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "code", Order.unique("uq_enforcement_matter_code", "code"),
            "name", Order.by("ix_enforcement_matter_name", "name"));

    private final Matters matters;

    public EnforcementMatterPersistenceAdapter(Matters matters) {
        this.matters = matters;
    }

    @Override
    public Optional<EnforcementMatter> find(TownshipCode township, String id) {
        return matters.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(EnforcementMatterPersistenceAdapter::toDomain);
    }

    @Override
    public boolean codeTaken(TownshipCode township, String code, String exceptMatterId) {
        return matters.count("township = ?1 and code = ?2 and id <> ?3", township.value(), code,
                exceptMatterId == null ? "" : exceptMatterId) > 0;
    }

    @Override
    public EnforcementMatter save(EnforcementMatter matter, Stamp stamp) {
        EnforcementMatterEntity entity = matters.findByIdOptional(matter.id()).orElseGet(() -> {
            EnforcementMatterEntity created = new EnforcementMatterEntity();
            created.id = matter.id();
            created.township = matter.township().value();
            return created;
        });
        MatterDetails details = matter.details();
        entity.code = details.code();
        entity.name = details.name();
        entity.kind = details.kind().name();
        entity.enforcementField = details.field().name();
        entity.legalBasis = details.legalBasis();
        entity.department = details.department().name();
        entity.matterSource = details.source().name();
        entity.delegationReference = details.delegationReference();
        entity.published = matter.published();
        entity.publishedOn = matter.publishedOn();
        entity.withdrawnOn = matter.withdrawnOn();
        entity.stamp(stamp);
        matters.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        matters.flush();
        return toDomain(entity);
    }

    @Override
    public Page<EnforcementMatter> search(TownshipCode township, EnforcementMatterQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(matters.getEntityManager(), EnforcementMatterEntity.class,
                e -> e.id, page).map(EnforcementMatterPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("enforcement matters", EnforcementMatterQuery.class,
                EnforcementMatterQuery.SORTABLE, (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, EnforcementMatterQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("enforcement_matter", township.value());
        if (query.kind() != null) {
            list.where("kind = ?", query.kind().name());
        }
        if (query.field() != null) {
            list.where("field = ?", query.field().name());
        }
        if (query.department() != null) {
            list.where("department = ?", query.department().name());
        }
        if (query.source() != null) {
            list.where("source = ?", query.source().name());
        }
        if (query.published() != null) {
            list.where("published = ?", query.published());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "code", "name", "legal_basis");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }


    private static EnforcementMatter toDomain(EnforcementMatterEntity entity) {
        MatterDetails details = new MatterDetails(entity.code, entity.name, MatterKind.valueOf(entity.kind),
                EnforcementField.valueOf(entity.enforcementField), entity.legalBasis,
                Department.valueOf(entity.department), MatterSource.valueOf(entity.matterSource),
                entity.delegationReference);
        return new EnforcementMatter(entity.id, TownshipCode.of(entity.township), details, entity.published,
                entity.publishedOn, entity.withdrawnOn, entity.version, entity.created(), entity.updated());
    }

    @ApplicationScoped
    static class Matters implements PanacheRepositoryBase<EnforcementMatterEntity, String> {
    }
}
