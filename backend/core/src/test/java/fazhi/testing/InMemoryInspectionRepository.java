package fazhi.testing;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.YearlyInspections;
import fazhi.enforcement.port.in.InspectionQuery;
import fazhi.enforcement.port.out.InspectionRepository;
import fazhi.shared.model.CreditCode;
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

/** Inspections kept as copies; each save raises the version by one. Counts for ENF-14 as the SQL does. */
public final class InMemoryInspectionRepository implements InspectionRepository {

    private final Map<String, Inspection> inspections = new LinkedHashMap<>();
    private final List<Inspection> saves = new ArrayList<>();

    /** Stores an inspection as it is, bypassing the service: the "given" of a test. */
    public Inspection store(Inspection inspection) {
        inspections.put(inspection.id(), copy(inspection, inspection.version(), inspection.created(),
                inspection.updated()));
        return inspection;
    }

    @Override
    public Optional<Inspection> find(TownshipCode township, String id) {
        return Optional.ofNullable(inspections.get(id)).filter(i -> i.township().equals(township))
                .map(i -> copy(i, i.version(), i.created(), i.updated()));
    }

    @Override
    public Inspection save(Inspection inspection, Stamp stamp) {
        Inspection stored = inspections.get(inspection.id());
        long version = stored == null ? 0 : stored.version() + 1;
        Inspection saved = copy(inspection, version, stored == null ? stamp : stored.created(), stamp);
        inspections.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public Page<Inspection> search(TownshipCode township, InspectionQuery query, PageRequest page) {
        List<Inspection> found = inspections.values().stream().filter(i -> i.township().equals(township))
                .filter(i -> query.status() == null || i.status() == query.status())
                .toList();
        return new Page<>(found.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                found.size());
    }

    @Override
    public YearlyInspections countInYear(TownshipCode township, CreditCode enterprise, int year, String itemId,
                                         String exceptId) {
        List<Inspection> counted = inspections.values().stream()
                .filter(i -> i.township().equals(township))
                .filter(i -> i.enterprise().creditCode().equals(enterprise))
                .filter(i -> i.status().countsTowardsCap())
                .filter(i -> i.countedOn().getYear() == year)
                .filter(i -> !i.id().equals(exceptId))
                .toList();
        return new YearlyInspections(year, counted.size(),
                counted.stream().filter(i -> i.item().id().equals(itemId)).count());
    }

    public Inspection stored(String id) {
        return Objects.requireNonNull(inspections.get(id), "no inspection " + id);
    }

    public List<Inspection> saves() {
        return List.copyOf(saves);
    }

    private static Inspection copy(Inspection i, long version, Stamp created, Stamp updated) {
        return new Inspection(i.id(), i.township(), i.enterprise(), i.item(), i.officers(), i.plannedOn(),
                i.reason(), i.reasonNote(), i.status(), i.approvedOn(), i.approvedBy(), i.beyondYearlyCap(),
                i.notifiedOn(), i.inspectedOn(), i.result(), i.findings(), i.rectificationDueOn(),
                i.caseReference(), version, created, updated);
    }
}
