package fazhi.adapter.persistence.adviser;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.LegalAdviser;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.review.port.out.LegalAdviserRepository;
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
public class LegalAdviserPersistenceAdapter implements LegalAdviserRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "name",
            "engagedFrom", "engagedFrom",
            "engagedUntil", "engagedUntil",
            "createdAt", "createdAt");

    private final Advisers advisers;

    public LegalAdviserPersistenceAdapter(Advisers advisers) {
        this.advisers = advisers;
    }

    @Override
    public Optional<LegalAdviser> find(TownshipCode township, String id) {
        return advisers.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(LegalAdviserPersistenceAdapter::toDomain);
    }

    @Override
    public LegalAdviser save(LegalAdviser adviser, Stamp stamp) {
        LegalAdviserEntity entity = advisers.findByIdOptional(adviser.id()).orElseGet(() -> {
            LegalAdviserEntity created = new LegalAdviserEntity();
            created.id = adviser.id();
            created.township = adviser.township().value();
            return created;
        });
        AdviserDetails details = adviser.details();
        entity.name = details.name();
        entity.lawFirm = details.lawFirm();
        entity.engagedFrom = details.engagedFrom();
        entity.engagedUntil = details.engagedUntil();
        entity.scope = details.scope();
        entity.stamp(stamp);
        advisers.persist(entity);
        advisers.flush();
        return toDomain(entity);
    }

    @Override
    public Page<LegalAdviser> search(TownshipCode township, LegalAdviserQuery query, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.engagedOn() != null) {
            where.add("engagedFrom <= :day and engagedUntil >= :day");
            parameters.and("day", query.engagedOn());
        }
        if (query.text() != null) {
            where.add("(lower(name) like :text or lower(lawFirm) like :text)");
            parameters.and("text", "%" + query.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<LegalAdviserEntity> found = advisers.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(LegalAdviserPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
    }

    private static LegalAdviser toDomain(LegalAdviserEntity e) {
        return new LegalAdviser(e.id, TownshipCode.of(e.township),
                new AdviserDetails(e.name, e.lawFirm, e.engagedFrom, e.engagedUntil, e.scope), e.version,
                e.created(), e.updated());
    }

    @ApplicationScoped
    static class Advisers implements PanacheRepositoryBase<LegalAdviserEntity, String> {
    }
}
