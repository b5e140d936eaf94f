package fazhi.adapter.persistence.inspection;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Enterprise;
import fazhi.enforcement.model.InspectedItem;
import fazhi.enforcement.model.InspectedOfficer;
import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.enforcement.model.InspectionReason;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.enforcement.model.YearlyInspections;
import fazhi.enforcement.port.in.InspectionQuery;
import fazhi.enforcement.port.out.InspectionRepository;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InspectionPersistenceAdapter implements InspectionRepository, Listings {

    /** API sort fields and how they order the list; each index carries the filter columns after the id. */
    static final Map<String, Order> SORTS = Map.of(
            "plannedOn", Order.by("ix_inspection_list_planned", "planned_on"),
            "inspectedOn", Order.by("ix_inspection_list_inspected", "inspected_on"),
            "enterpriseName", Order.by("ix_inspection_list_enterprise", "enterprise_name"),
            "createdAt", Order.by("ix_inspection_list_created", "created_at"));
    /** ENF-14 counts what a leader approved, done or not. */
    private static final List<String> COUNTED = Arrays.stream(InspectionStatus.values())
            .filter(InspectionStatus::countsTowardsCap).map(Enum::name).toList();

    private final Inspections inspections;

    public InspectionPersistenceAdapter(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public Optional<Inspection> find(TownshipCode township, String id) {
        return inspections.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(InspectionPersistenceAdapter::toDomain);
    }

    @Override
    public Inspection save(Inspection inspection, Stamp stamp) {
        InspectionEntity entity = inspections.findByIdOptional(inspection.id()).orElseGet(() -> {
            InspectionEntity created = new InspectionEntity();
            created.id = inspection.id();
            created.township = inspection.township().value();
            return created;
        });
        entity.enterpriseName = inspection.enterprise().name();
        entity.enterpriseCreditCode = inspection.enterprise().creditCode().value();
        InspectedItem item = inspection.item();
        entity.itemId = item.id();
        entity.itemCode = item.code();
        entity.itemName = item.name();
        entity.field = item.field().name();
        entity.method = item.method().name();
        entity.reason = inspection.reason().name();
        entity.reasonNote = inspection.reasonNote();
        entity.plannedOn = inspection.plannedOn();
        entity.inspectedOn = inspection.countedOn();
        entity.status = inspection.status().name();
        entity.approvedOn = inspection.approvedOn();
        entity.approvedBy = inspection.approvedBy();
        entity.beyondYearlyCap = inspection.beyondYearlyCap();
        entity.notifiedOn = inspection.notifiedOn();
        entity.result = inspection.result() == null ? null : inspection.result().name();
        entity.findings = inspection.findings();
        entity.rectificationDueOn = inspection.rectificationDueOn();
        entity.caseReference = inspection.caseReference();
        writeOfficers(entity, inspection.officers(), stamp);
        entity.stamp(stamp);
        inspections.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        inspections.flush();
        return toDomain(entity);
    }

    /** Rows matched by officer: kept and updated, added, or removed, so that (inspection, officer) stays unique. */
    private static void writeOfficers(InspectionEntity inspection, List<InspectedOfficer> officers, Stamp stamp) {
        List<String> ids = officers.stream().map(InspectedOfficer::id).toList();
        inspection.officers.removeIf(row -> !ids.contains(row.officerId));
        for (int i = 0; i < officers.size(); i++) {
            InspectedOfficer officer = officers.get(i);
            InspectionOfficerEntity row = inspection.officers.stream()
                    .filter(r -> r.officerId.equals(officer.id())).findFirst()
                    .orElseGet(() -> newRow(inspection, officer.id()));
            boolean changed = row.createdAt == null || row.listOrder != i
                    || !Objects.equals(row.officerName, officer.name())
                    || !Objects.equals(row.certificateNumber, officer.certificateNumber());
            row.listOrder = i;
            row.officerName = officer.name();
            row.certificateNumber = officer.certificateNumber();
            if (changed) {
                row.stamp(stamp);
            }
        }
        inspection.officers.sort((a, b) -> Integer.compare(a.listOrder, b.listOrder));
    }

    private static InspectionOfficerEntity newRow(InspectionEntity inspection, String officerId) {
        InspectionOfficerEntity row = new InspectionOfficerEntity();
        row.id = UUID.randomUUID().toString();
        row.inspection = inspection;
        row.officerId = officerId;
        row.township = inspection.township;
        inspection.officers.add(row);
        return row;
    }

    @Override
    public Page<Inspection> search(TownshipCode township, InspectionQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(inspections.getEntityManager(), InspectionEntity.class,
                e -> e.id, page).map(InspectionPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("inspections", InspectionQuery.class, InspectionQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    /** An enterprise's credit code and its name's beginning narrow the list through indexes of their own. */
    ListQuery listQuery(TownshipCode township, InspectionQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("inspection", township.value());
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.field() != null) {
            list.where("field = ?", query.field().name());
        }
        if (query.itemId() != null) {
            list.where("item_id = ?", query.itemId());
        }
        if (query.creditCode() != null) {
            list.where("enterprise_credit_code = ?", query.creditCode().value()).narrowed();
        }
        if (query.year() != null) {
            list.where("inspected_on BETWEEN ? AND ?", LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31));
        }
        if (query.reason() != null) {
            list.where("reason = ?", query.reason().name());
        }
        if (query.result() != null) {
            list.where("result = ?", query.result().name());
        }
        if (query.text() != null) {
            list.whereStartsWith("enterprise_name", query.text()).narrowed();
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    @Override
    public YearlyInspections countInYear(TownshipCode township, CreditCode enterprise, int year, String itemId,
                                         String exceptId) {
        Object[] row = inspections.getEntityManager().createQuery("""
                        select count(i), coalesce(sum(case when i.itemId = :item then 1 else 0 end), 0)
                        from InspectionEntity i
                        where i.township = :township and i.enterpriseCreditCode = :code and i.status in :counted
                          and i.inspectedOn between :from and :to and i.id <> :except""", Object[].class)
                .setParameter("item", itemId)
                .setParameter("township", township.value())
                .setParameter("code", enterprise.value())
                .setParameter("counted", COUNTED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .setParameter("except", exceptId == null ? "" : exceptId)
                .getSingleResult();
        return new YearlyInspections(year, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private static Inspection toDomain(InspectionEntity e) {
        InspectionStatus status = InspectionStatus.valueOf(e.status);
        List<InspectedOfficer> officers = e.officers.stream()
                .sorted((a, b) -> Integer.compare(a.listOrder, b.listOrder))
                .map(row -> new InspectedOfficer(row.officerId, row.officerName, row.certificateNumber))
                .toList();
        return new Inspection(e.id, TownshipCode.of(e.township),
                new Enterprise(e.enterpriseName, new CreditCode(e.enterpriseCreditCode)),
                new InspectedItem(e.itemId, e.itemCode, e.itemName, EnforcementField.valueOf(e.field),
                        InspectionMethod.valueOf(e.method)),
                officers, e.plannedOn, InspectionReason.valueOf(e.reason), e.reasonNote, status, e.approvedOn,
                e.approvedBy, e.beyondYearlyCap, e.notifiedOn,
                status == InspectionStatus.DONE ? e.inspectedOn : null,
                e.result == null ? null : InspectionResult.valueOf(e.result), e.findings, e.rectificationDueOn,
                e.caseReference, e.version, e.created(), e.updated());
    }

    @ApplicationScoped
    static class Inspections implements PanacheRepositoryBase<InspectionEntity, String> {
    }
}
