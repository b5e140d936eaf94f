package fazhi.adapter.persistence.officer;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
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
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OfficerPersistenceAdapter implements OfficerRepository, Listings {

    /** API sort fields and how they order the list; each index carries the filter columns after the id. */
    static final Map<String, Order> SORTS = Map.of(
            "name", Order.by("ix_officers_list_name", "name"),
            "department", Order.by("ix_officers_list_department", "department"),
            "status", Order.by("ix_officers_list_status", "status"),
            "certificateExpiresOn", Order.by("ix_officers_list_expiry", "certificate_expires_on"),
            "createdAt", Order.by("ix_officers_list_created", "created_at"));

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
        return listQuery(township, query, page, today).fetch(officers.getEntityManager(), OfficerEntity.class,
                e -> e.id, page).map(OfficerPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("officers", OfficerQuery.class, OfficerQuery.SORTABLE, this::listQuery));
    }

    ListQuery listQuery(TownshipCode township, OfficerQuery query, PageRequest page, LocalDate today) {
        ListQuery list = ListQuery.of("officers", township.value());
        if (query.department() != null) {
            list.where("department = ?", query.department().name());
        }
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.expiringWithinDays() != null) {
            list.where("certificate_issued_on <= ? AND certificate_expires_on >= ? AND certificate_expires_on < ?",
                    today, today, today.plusDays(query.expiringWithinDays()));
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "name", "certificate_number");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
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
