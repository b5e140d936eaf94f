package fazhi.adapter.persistence.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InspectionPlanPersistenceAdapter implements InspectionPlanRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "year", "planYear",
            "title", "title",
            "publishedOn", "publishedOn",
            "createdAt", "createdAt");
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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.year() != null) {
            where.add("planYear = :year");
            parameters.and("year", query.year());
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        if (query.text() != null) {
            where.add("lower(title) like :text");
            parameters.and("text", "%" + InspectionItemPersistenceAdapter.escapeLike(query.text().toLowerCase())
                    + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<InspectionPlanEntity> found = plans.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(this::toDomain).toList(), page.page(), page.size(),
                found.count());
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
