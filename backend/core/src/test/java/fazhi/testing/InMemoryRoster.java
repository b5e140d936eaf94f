package fazhi.testing;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.StaffMember;
import fazhi.training.port.in.RosterQuery;
import fazhi.training.port.out.RosterRepository;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The roster in memory. */
public final class InMemoryRoster implements RosterRepository {

    private final Map<String, StaffMember> people = new LinkedHashMap<>();

    @Override
    public Optional<StaffMember> find(TownshipCode township, String id) {
        return Optional.ofNullable(people.get(id)).filter(p -> p.township().equals(township));
    }

    @Override
    public StaffMember save(StaffMember person, Stamp stamp) {
        StaffMember stored = new StaffMember(person.id(), person.township(), person.details(),
                people.containsKey(person.id()) ? person.version() + 1 : 0,
                person.created() == null ? stamp : person.created(), stamp);
        people.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Page<StaffMember> search(TownshipCode township, RosterQuery query, PageRequest page) {
        List<StaffMember> all = all(township, query);
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                all.size());
    }

    @Override
    public List<StaffMember> all(TownshipCode township, RosterQuery query) {
        return people.values().stream().filter(p -> p.township().equals(township))
                .filter(p -> query.activeOn() == null || p.activeOn(query.activeOn()))
                .sorted(Comparator.comparing(p -> p.details().name())).toList();
    }

    @Override
    public Set<String> existing(TownshipCode township, Collection<String> ids) {
        return ids.stream().filter(id -> find(township, id).isPresent()).collect(Collectors.toSet());
    }
}
