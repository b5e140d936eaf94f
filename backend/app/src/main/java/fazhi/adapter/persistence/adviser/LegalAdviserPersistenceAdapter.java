package fazhi.adapter.persistence.adviser;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.review.model.AdviserDetails;
import fazhi.review.model.LegalAdviser;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.review.port.out.LegalAdviserRepository;
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
public class LegalAdviserPersistenceAdapter implements LegalAdviserRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "name", Order.by("ix_legal_advisers_name", "name"),
            "engagedFrom", Order.by("ix_legal_advisers_from", "engaged_from"),
            "engagedUntil", Order.by("ix_legal_advisers_until", "engaged_until"),
            "createdAt", Order.by("ix_legal_advisers_created", "created_at"));

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
        return listQuery(township, query, page).fetch(advisers.getEntityManager(), LegalAdviserEntity.class,
                e -> e.id, page).map(LegalAdviserPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("legal advisers", LegalAdviserQuery.class, LegalAdviserQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, LegalAdviserQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("legal_advisers", township.value());
        if (query.engagedOn() != null) {
            list.where("engaged_from <= ? AND engaged_until >= ?", query.engagedOn(), query.engagedOn());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "name", "law_firm");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
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
