package fazhi.adapter.persistence.exam;

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
public class ExamRegistrationPersistenceAdapter implements ExamRegistrationRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "personName", "personName",
            "examDate", "examDate",
            "registeredOn", "registeredOn",
            "createdAt", "createdAt");

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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.year() != null) {
            where.add("examYear = :year");
            parameters.and("year", query.year());
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        if (query.officerId() != null) {
            where.add("officerId = :officer");
            parameters.and("officer", query.officerId());
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<ExamRegistrationEntity> found = registrations.find(String.join(" and ", where), sort,
                parameters).page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(ExamRegistrationPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
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
