package fazhi.testing;

import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.enforcement.port.out.InspectionPlanRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Inspection plans kept as copies; each save raises the version by one. */
public final class InMemoryInspectionPlanRepository implements InspectionPlanRepository {

    private final Map<String, InspectionPlan> plans = new LinkedHashMap<>();
    private final List<InspectionPlan> saves = new ArrayList<>();

    @Override
    public Optional<InspectionPlan> find(TownshipCode township, String id) {
        return Optional.ofNullable(plans.get(id)).filter(p -> p.township().equals(township))
                .map(p -> copy(p, p.version(), p.created(), p.updated()));
    }

    @Override
    public InspectionPlan save(InspectionPlan plan, Stamp stamp) {
        InspectionPlan stored = plans.get(plan.id());
        long version = stored == null ? 0 : stored.version() + 1;
        InspectionPlan saved = copy(plan, version, stored == null ? stamp : stored.created(), stamp);
        plans.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public Page<InspectionPlan> search(TownshipCode township, InspectionPlanQuery query, PageRequest page) {
        List<InspectionPlan> found = plans.values().stream().filter(p -> p.township().equals(township))
                .filter(p -> query.status() == null || p.status() == query.status())
                .filter(p -> query.year() == null || p.details().year().equals(query.year()))
                .toList();
        return new Page<>(found.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                found.size());
    }

    public InspectionPlan stored(String id) {
        return Objects.requireNonNull(plans.get(id), "no plan " + id);
    }

    public List<InspectionPlan> saves() {
        return List.copyOf(saves);
    }

    private static InspectionPlan copy(InspectionPlan p, long version, Stamp created, Stamp updated) {
        return new InspectionPlan(p.id(), p.township(), p.details(), p.status(), p.filedOn(), p.filingReference(),
                p.publishedOn(), version, created, updated);
    }
}
