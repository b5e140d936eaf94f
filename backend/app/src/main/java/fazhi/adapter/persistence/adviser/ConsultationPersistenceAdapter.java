package fazhi.adapter.persistence.adviser;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.review.model.Consultation;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.LinkedRecordType;
import fazhi.review.port.in.ConsultationQuery;
import fazhi.review.port.out.ConsultationRepository;
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
public class ConsultationPersistenceAdapter implements ConsultationRepository, Listings {

    /** API sort fields and how they order an adviser's consultations. */
    static final Map<String, Order> SORTS = Map.of(
            "consultedOn", Order.by("ix_adviser_consultations_on", "consulted_on"),
            "createdAt", Order.by("ix_adviser_consultations_created", "created_at"));

    private final Consultations consultations;

    public ConsultationPersistenceAdapter(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public Optional<Consultation> find(TownshipCode township, String adviserId, String id) {
        return consultations.find("id = ?1 and township = ?2 and adviserId = ?3", id, township.value(), adviserId)
                .firstResultOptional().map(ConsultationPersistenceAdapter::toDomain);
    }

    @Override
    public Consultation save(Consultation consultation, Stamp stamp) {
        ConsultationEntity entity = consultations.findByIdOptional(consultation.id()).orElseGet(() -> {
            ConsultationEntity created = new ConsultationEntity();
            created.id = consultation.id();
            created.township = consultation.township().value();
            created.adviserId = consultation.adviserId();
            return created;
        });
        ConsultationDetails details = consultation.details();
        entity.consultedOn = details.consultedOn();
        entity.subject = details.subject();
        entity.advice = details.advice();
        entity.linkedRecordType = details.linkedRecordType() == null ? null : details.linkedRecordType().name();
        entity.linkedRecordId = details.linkedRecordId();
        entity.stamp(stamp);
        consultations.persist(entity);
        consultations.flush();
        return toDomain(entity);
    }

    @Override
    public Page<Consultation> search(TownshipCode township, String adviserId, ConsultationQuery query,
                                     PageRequest page) {
        return listQuery(township, adviserId, query, page).fetch(consultations.getEntityManager(),
                ConsultationEntity.class, e -> e.id, page).map(ConsultationPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("an adviser's consultations", ConsultationQuery.class,
                ConsultationQuery.SORTABLE, (township, query, page, today) -> listQuery(township, "adviser", query,
                page)));
    }

    /** Always one adviser's: the indexes start with the adviser. */
    ListQuery listQuery(TownshipCode township, String adviserId, ConsultationQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("legal_adviser_consultations", township.value())
                .where("adviser_id = ?", adviserId);
        if (query.from() != null) {
            list.where("consulted_on >= ?", query.from());
        }
        if (query.to() != null) {
            list.where("consulted_on <= ?", query.to());
        }
        if (query.linkedRecordType() != null) {
            list.where("linked_record_type = ?", query.linkedRecordType().name());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "subject", "advice");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    private static Consultation toDomain(ConsultationEntity e) {
        return new Consultation(e.id, TownshipCode.of(e.township), e.adviserId,
                new ConsultationDetails(e.consultedOn, e.subject, e.advice,
                        e.linkedRecordType == null ? null : LinkedRecordType.valueOf(e.linkedRecordType),
                        e.linkedRecordId), e.version, e.created(), e.updated());
    }

    @ApplicationScoped
    static class Consultations implements PanacheRepositoryBase<ConsultationEntity, String> {
    }
}
