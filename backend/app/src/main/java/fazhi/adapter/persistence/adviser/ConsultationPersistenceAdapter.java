package fazhi.adapter.persistence.adviser;

import fazhi.review.model.Consultation;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.LinkedRecordType;
import fazhi.review.port.in.ConsultationQuery;
import fazhi.review.port.out.ConsultationRepository;
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
public class ConsultationPersistenceAdapter implements ConsultationRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "consultedOn", "consultedOn",
            "createdAt", "createdAt");

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
        List<String> where = new ArrayList<>(List.of("township = :township and adviserId = :adviser"));
        Parameters parameters = Parameters.with("township", township.value()).and("adviser", adviserId);
        if (query.from() != null) {
            where.add("consultedOn >= :from");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            where.add("consultedOn <= :to");
            parameters.and("to", query.to());
        }
        if (query.linkedRecordType() != null) {
            where.add("linkedRecordType = :linkedRecordType");
            parameters.and("linkedRecordType", query.linkedRecordType().name());
        }
        if (query.text() != null) {
            where.add("(lower(subject) like :text or lower(advice) like :text)");
            parameters.and("text", "%" + query.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<ConsultationEntity> found = consultations.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(ConsultationPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
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
