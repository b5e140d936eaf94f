package fazhi.adapter.persistence.officer;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OfficerPersistenceAdapter implements OfficerRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "name",
            "department", "department",
            "status", "status",
            "certificateExpiresOn", "certificateExpiresOn",
            "createdAt", "createdAt");

    private final Officers officers;

    public OfficerPersistenceAdapter(Officers officers) {
        this.officers = officers;
    }

    @Override
    public Optional<Officer> find(TownshipCode township, String id) {
        return officers.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(OfficerPersistenceAdapter::toDomain);
    }

    @Override
    public boolean certificateNumberTaken(TownshipCode township, String number, String exceptOfficerId) {
        return officers.count("township = ?1 and certificateNumber = ?2 and id <> ?3", township.value(), number,
                exceptOfficerId == null ? "" : exceptOfficerId) > 0;
    }

    @Override
    public Officer save(Officer officer, Stamp stamp) {
        OfficerEntity entity = officers.findByIdOptional(officer.id()).orElseGet(() -> {
            OfficerEntity created = new OfficerEntity();
            created.id = officer.id();
            created.township = officer.township().value();
            return created;
        });
        OfficerDetails details = officer.details();
        entity.name = details.name();
        entity.department = details.department().name();
        entity.phone = details.phone();
        entity.status = officer.status().name();
        entity.suspensionReason = officer.suspensionReason();
        Certificate certificate = details.certificate();
        entity.certificateNumber = certificate == null ? null : certificate.number();
        entity.certificateIssuedOn = certificate == null ? null : certificate.issuedOn();
        entity.certificateExpiresOn = certificate == null ? null : certificate.expiresOn();
        entity.stamp(stamp);
        officers.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        officers.flush();
        return toDomain(entity);
    }

    @Override
    public Page<Officer> search(TownshipCode township, OfficerQuery query, PageRequest page, LocalDate today) {
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.department() != null) {
            where.add("department = :department");
            parameters.and("department", query.department().name());
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        if (query.expiringWithinDays() != null) {
            where.add("certificateIssuedOn <= :today and certificateExpiresOn >= :today"
                    + " and certificateExpiresOn < :horizon");
            parameters.and("today", today).and("horizon", today.plusDays(query.expiringWithinDays()));
        }
        if (query.text() != null) {
            where.add("(lower(name) like :text or lower(certificateNumber) like :text or phone like :text)");
            parameters.and("text", "%" + escapeLike(query.text().toLowerCase()) + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<OfficerEntity> found = officers.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(OfficerPersistenceAdapter::toDomain).toList(), page.page(),
                page.size(), found.count());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Officer toDomain(OfficerEntity entity) {
        Certificate certificate = entity.certificateNumber == null ? null
                : new Certificate(entity.certificateNumber, entity.certificateIssuedOn, entity.certificateExpiresOn);
        OfficerDetails details = new OfficerDetails(entity.name, Department.valueOf(entity.department), entity.phone,
                certificate);
        return new Officer(entity.id, TownshipCode.of(entity.township), details,
                OfficerStatus.valueOf(entity.status), entity.suspensionReason, entity.version, entity.created(),
                entity.updated());
    }

    @ApplicationScoped
    static class Officers implements PanacheRepositoryBase<OfficerEntity, String> {
    }
}
