package fazhi.adapter.persistence.training;

import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;
import fazhi.training.port.in.RosterQuery;
import fazhi.training.port.out.RosterRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class RosterPersistenceAdapter implements RosterRepository, Listings {

    static final Map<String, Order> SORTS = Map.of(
            "name", Order.unique("ix_training_personnel_name", "name", "id"),
            "activeFrom", Order.unique("ix_training_personnel_from", "active_from", "id"));

    private final Personnel personnel;

    public RosterPersistenceAdapter(Personnel personnel) {
        this.personnel = personnel;
    }

    @Override
    public Optional<StaffMember> find(TownshipCode township, String id) {
        return personnel.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(RosterPersistenceAdapter::toDomain);
    }

    @Override
    public StaffMember save(StaffMember p, Stamp stamp) {
        StaffMemberEntity e = personnel.findByIdOptional(p.id()).orElseGet(() -> {
            StaffMemberEntity created = new StaffMemberEntity();
            created.id = p.id();
            created.township = p.township().value();
            return created;
        });
        StaffMemberDetails d = p.details();
        e.name = d.name();
        e.post = d.post();
        e.department = d.department();
        e.leadingCadre = d.leadingCadre();
        e.villageCadre = d.villageCadre();
        e.activeFrom = d.activeFrom();
        e.activeTo = d.activeTo();
        e.stamp(stamp);
        personnel.persist(e);
        personnel.flush();
        return toDomain(e);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("personnel", RosterQuery.class, RosterQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    @Override
    public Page<StaffMember> search(TownshipCode township, RosterQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(personnel.getEntityManager(), StaffMemberEntity.class,
                e -> e.id, page).map(RosterPersistenceAdapter::toDomain);
    }

    ListQuery listQuery(TownshipCode township, RosterQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("training_personnel", township.value());
        if (query.text() != null) {
            list.whereContains(query.text(), "name", "post", "department");
        }
        if (query.department() != null) {
            list.where("department = ?", query.department());
        }
        if (query.activeOn() != null) {
            list.where("active_from <= ? AND (active_to IS NULL OR active_to >= ?)", query.activeOn(),
                    query.activeOn());
        }
        if (query.leadingCadre() != null) {
            list.where("leading_cadre = ?", query.leadingCadre());
        }
        if (query.villageCadre() != null) {
            list.where("village_cadre = ?", query.villageCadre());
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    @Override
    public List<StaffMember> all(TownshipCode township, RosterQuery query) {
        StringBuilder where = new StringBuilder("township = :township");
        LocalDate day = query.activeOn();
        if (day != null) {
            where.append(" and activeFrom <= :day and (activeTo is null or activeTo >= :day)");
        }
        if (query.department() != null) {
            where.append(" and department = :department");
        }
        if (query.leadingCadre() != null) {
            where.append(" and leadingCadre = :leading");
        }
        if (query.villageCadre() != null) {
            where.append(" and villageCadre = :village");
        }
        var q = personnel.getEntityManager().createQuery("select p from StaffMemberEntity p where " + where
                + " order by p.name, p.id", StaffMemberEntity.class).setParameter("township", township.value());
        if (day != null) {
            q.setParameter("day", day);
        }
        if (query.department() != null) {
            q.setParameter("department", query.department());
        }
        if (query.leadingCadre() != null) {
            q.setParameter("leading", query.leadingCadre());
        }
        if (query.villageCadre() != null) {
            q.setParameter("village", query.villageCadre());
        }
        List<StaffMember> all = q.getResultList().stream().map(RosterPersistenceAdapter::toDomain).toList();
        if (query.text() == null) {
            return all;
        }
        return all.stream().filter(p -> contains(p.details().name(), query.text())
                || contains(p.details().post(), query.text()) || contains(p.details().department(), query.text()))
                .toList();
    }

    private static boolean contains(String value, String text) {
        return value != null && value.contains(text);
    }

    @Override
    public Set<String> existing(TownshipCode township, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(personnel.getEntityManager().createQuery("select p.id from StaffMemberEntity p"
                        + " where p.township = :township and p.id in :ids", String.class)
                .setParameter("township", township.value()).setParameter("ids", ids).getResultList());
    }

    static StaffMember toDomain(StaffMemberEntity e) {
        return new StaffMember(e.id, TownshipCode.of(e.township), new StaffMemberDetails(e.name, e.post,
                e.department, e.leadingCadre, e.villageCadre, e.activeFrom, e.activeTo), e.version, e.created(),
                e.updated());
    }

    @ApplicationScoped
    static class Personnel implements PanacheRepositoryBase<StaffMemberEntity, String> {
    }
}
