package fazhi.testing;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Officers kept as copies, so that a change the service makes to a loaded officer counts only once it is
 * saved. Each save raises the version by one, as the persistence adapter's optimistic lock does.
 */
public final class InMemoryOfficerRepository implements OfficerRepository {

    private final Map<String, Officer> officers = new LinkedHashMap<>();
    private final List<Officer> saves = new ArrayList<>();
    private Search lastSearch;

    /** What the service asked {@link #search} for. */
    public record Search(TownshipCode township, OfficerQuery query, PageRequest page, LocalDate today) {
    }

    /** Stores an officer as it is, bypassing the service: the "given" of a test. */
    public Officer store(Officer officer) {
        officers.put(officer.id(), copy(officer, officer.version(), officer.created(), officer.updated()));
        return officer;
    }

    @Override
    public Optional<Officer> find(TownshipCode township, String id) {
        return Optional.ofNullable(officers.get(id))
                .filter(o -> o.township().equals(township))
                .map(o -> copy(o, o.version(), o.created(), o.updated()));
    }

    @Override
    public boolean certificateNumberTaken(TownshipCode township, String number, String exceptOfficerId) {
        return officers.values().stream()
                .filter(o -> o.township().equals(township))
                .filter(o -> !o.id().equals(exceptOfficerId))
                .anyMatch(o -> o.details().certificate() != null
                        && o.details().certificate().number().equals(number));
    }

    @Override
    public Officer save(Officer officer, Stamp stamp) {
        Officer stored = officers.get(officer.id());
        long version = stored == null ? 0 : stored.version() + 1;
        Stamp created = stored == null ? stamp : stored.created();
        Officer saved = copy(officer, version, created, stamp);
        officers.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public Page<Officer> search(TownshipCode township, OfficerQuery query, PageRequest page, LocalDate today) {
        lastSearch = new Search(township, query, page, today);
        List<Officer> inTownship = officers.values().stream()
                .filter(o -> o.township().equals(township))
                .toList();
        List<Officer> onPage = inTownship.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(onPage, page.page(), page.size(), inTownship.size());
    }

    /** The officer as stored now. */
    public Officer stored(String id) {
        return Objects.requireNonNull(officers.get(id), "no officer " + id);
    }

    /** Every officer saved through the port, in order. */
    public List<Officer> saves() {
        return List.copyOf(saves);
    }

    public Search lastSearch() {
        return lastSearch;
    }

    private static Officer copy(Officer o, long version, Stamp created, Stamp updated) {
        return new Officer(o.id(), o.township(), o.details(), o.status(), o.suspensionReason(), version, created,
                updated);
    }
}
