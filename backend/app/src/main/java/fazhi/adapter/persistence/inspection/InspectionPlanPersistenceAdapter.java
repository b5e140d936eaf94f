package fazhi.adapter.persistence.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.enforcement.model.InspectionPlanStatus;
import fazhi.enforcement.model.PlanTargets;
import fazhi.enforcement.model.PlannedItem;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.enforcement.port.out.InspectionPlanRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InspectionPlanPersistenceAdapter implements InspectionPlanRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "year", Order.by("ix_inspection_plan_year", "year"),
            "title", Order.by("ix_inspection_plan_title", "title"),
            "publishedOn", Order.by("ix_inspection_plan_published_on", "published_on"),
            "createdAt", Order.by("ix_inspection_plan_created", "created_at"));
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final Plans plans;
    private final ObjectMapper json;

    public InspectionPlanPersistenceAdapter(Plans plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    @Override
    public Optional<InspectionPlan> find(TownshipCode township, String id) {
        return plans.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public InspectionPlan save(InspectionPlan plan, Stamp stamp) {
        InspectionPlanEntity entity = plans.findByIdOptional(plan.id()).orElseGet(() -> {
            InspectionPlanEntity created = new InspectionPlanEntity();
            created.id = plan.id();
            created.township = plan.township().value();
            return created;
        });
        InspectionPlanDetails details = plan.details();
        entity.planYear = details.year();
        entity.title = details.title();
        entity.enterpriseKinds = write(details.targets().enterpriseKinds());
        entity.enterpriseCount = details.targets().enterpriseCount();
        entity.status = plan.status().name();
        entity.filedOn = plan.filedOn();
        entity.filingReference = plan.filingReference();
        entity.publishedOn = plan.publishedOn();
        writeItems(entity, details.items(), stamp);
        entity.stamp(stamp);
        plans.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        plans.flush();
        return toDomain(entity);
    }

    /** Rows matched by item: kept and updated, added, or removed, so that (plan, item) stays unique meanwhile. */
    private static void writeItems(InspectionPlanEntity plan, List<PlannedItem> items, Stamp stamp) {
        List<String> ids = items.stream().map(PlannedItem::itemId).toList();
        plan.items.removeIf(row -> !ids.contains(row.itemId));
        for (int i = 0; i < items.size(); i++) {
            PlannedItem item = items.get(i);
            InspectionPlanItemEntity row = plan.items.stream().filter(r -> r.itemId.equals(item.itemId()))
                    .findFirst().orElseGet(() -> newRow(plan, item.itemId()));
            String months = item.months().isEmpty() ? null
                    : String.join(",", item.months().stream().map(String::valueOf).toList());
            boolean changed = row.createdAt == null || row.listOrder != i || !Objects.equals(row.months, months)
                    || !Objects.equals(row.quarterOfYear, item.quarter());
            row.listOrder = i;
            row.months = months;
            row.quarterOfYear = item.quarter();
            if (changed) {
                row.stamp(stamp);
            }
        }
        plan.items.sort((a, b) -> Integer.compare(a.listOrder, b.listOrder));
    }

    private static InspectionPlanItemEntity newRow(InspectionPlanEntity plan, String itemId) {
        InspectionPlanItemEntity row = new InspectionPlanItemEntity();
        row.id = UUID.randomUUID().toString();
        row.plan = plan;
        row.itemId = itemId;
        row.township = plan.township;
        plan.items.add(row);
        return row;
    }

    @Override
    public Page<InspectionPlan> search(TownshipCode township, InspectionPlanQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(plans.getEntityManager(), InspectionPlanEntity.class,
                e -> e.id, page).map(this::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("inspection plans", InspectionPlanQuery.class, InspectionPlanQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, InspectionPlanQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("inspection_plan", township.value());
        if (query.year() != null) {
            list.where("year = ?", query.year());
        }
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "title");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    private InspectionPlan toDomain(InspectionPlanEntity e) {
        List<PlannedItem> items = e.items.stream()
                .sorted((a, b) -> Integer.compare(a.listOrder, b.listOrder))
                .map(row -> new PlannedItem(row.itemId, row.months == null ? List.of()
                        : Arrays.stream(row.months.split(",")).map(Integer::valueOf).toList(), row.quarterOfYear))
                .toList();
        InspectionPlanDetails details = new InspectionPlanDetails(e.planYear, e.title,
                new PlanTargets(read(e.enterpriseKinds), e.enterpriseCount), items);
        return new InspectionPlan(e.id, TownshipCode.of(e.township), details, InspectionPlanStatus.valueOf(e.status),
                e.filedOn, e.filingReference, e.publishedOn, e.version, e.created(), e.updated());
    }

    private String write(List<String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of texts is JSON", e);
        }
    }

    private List<String> read(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("enterprise_kinds holds a JSON array", e);
        }
    }

    @ApplicationScoped
    static class Plans implements PanacheRepositoryBase<InspectionPlanEntity, String> {
    }
}
