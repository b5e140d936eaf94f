package fazhi.adapter.persistence.matter;

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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class EnforcementMatterPersistenceAdapter implements EnforcementMatterRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("code", "code", "name", "name");

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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.kind() != null) {
            where.add("kind = :kind");
            parameters.and("kind", query.kind().name());
        }
        if (query.field() != null) {
            where.add("enforcementField = :field");
            parameters.and("field", query.field().name());
        }
        if (query.department() != null) {
            where.add("department = :department");
            parameters.and("department", query.department().name());
        }
        if (query.source() != null) {
            where.add("matterSource = :source");
            parameters.and("source", query.source().name());
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
        PanacheQuery<EnforcementMatterEntity> found = matters.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(EnforcementMatterPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
