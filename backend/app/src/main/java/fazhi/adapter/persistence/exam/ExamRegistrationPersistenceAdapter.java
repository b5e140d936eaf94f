package fazhi.adapter.persistence.exam;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamRegistrationDetails;
import fazhi.enforcement.model.ExamStatus;
import fazhi.enforcement.port.in.ExamRegistrationQuery;
import fazhi.enforcement.port.out.ExamRegistrationRepository;
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
public class ExamRegistrationPersistenceAdapter implements ExamRegistrationRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "personName", Order.by("ix_exam_registration_person", "person_name"),
            "examDate", Order.by("ix_exam_registration_exam_date", "exam_date"),
            "registeredOn", Order.by("ix_exam_registration_registered", "registered_on"),
            "createdAt", Order.by("ix_exam_registration_created", "created_at"));

    private final Registrations registrations;

    public ExamRegistrationPersistenceAdapter(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public Optional<ExamRegistration> find(TownshipCode township, String id) {
        return registrations.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(ExamRegistrationPersistenceAdapter::toDomain);
    }

    @Override
    public ExamRegistration save(ExamRegistration registration, Stamp stamp) {
        ExamRegistrationEntity entity = registrations.findByIdOptional(registration.id()).orElseGet(() -> {
            ExamRegistrationEntity created = new ExamRegistrationEntity();
            created.id = registration.id();
            created.township = registration.township().value();
            return created;
        });
        ExamRegistrationDetails details = registration.details();
        entity.personName = details.personName();
        entity.department = details.department().name();
        entity.examYear = details.examYear();
        entity.examDate = details.examDate();
        entity.registeredOn = details.registeredOn();
        entity.officerId = registration.officerId();
        entity.status = registration.status().name();
        entity.score = registration.score();
        Certificate certificate = registration.certificate();
        entity.certificateNumber = certificate == null ? null : certificate.number();
        entity.certificateIssuedOn = certificate == null ? null : certificate.issuedOn();
        entity.certificateExpiresOn = certificate == null ? null : certificate.expiresOn();
        entity.resultRecordedOn = registration.resultRecordedOn();
        entity.stamp(stamp);
        registrations.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        registrations.flush();
        return toDomain(entity);
    }

    @Override
    public Page<ExamRegistration> search(TownshipCode township, ExamRegistrationQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(registrations.getEntityManager(),
                ExamRegistrationEntity.class, e -> e.id, page).map(ExamRegistrationPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("exam registrations", ExamRegistrationQuery.class,
                ExamRegistrationQuery.SORTABLE, (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, ExamRegistrationQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("exam_registration", township.value());
        if (query.year() != null) {
            list.where("exam_year = ?", query.year());
        }
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.officerId() != null) {
            list.where("officer_id = ?", query.officerId()).narrowed();
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    private static ExamRegistration toDomain(ExamRegistrationEntity entity) {
        ExamRegistrationDetails details = new ExamRegistrationDetails(entity.personName,
                Department.valueOf(entity.department), entity.examYear, entity.examDate, entity.registeredOn);
        Certificate certificate = entity.certificateNumber == null ? null
                : new Certificate(entity.certificateNumber, entity.certificateIssuedOn, entity.certificateExpiresOn);
        return new ExamRegistration(entity.id, TownshipCode.of(entity.township), details, entity.officerId,
                ExamStatus.valueOf(entity.status), entity.score, certificate, entity.resultRecordedOn,
                entity.version, entity.created(), entity.updated());
    }

    @ApplicationScoped
    static class Registrations implements PanacheRepositoryBase<ExamRegistrationEntity, String> {
    }
}
