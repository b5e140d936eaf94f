package fazhi.testing;

import fazhi.shared.model.Person;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.People;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The identity provider's users by township, as the Keycloak adapter answers them. */
public final class InMemoryPeople implements People {

    private final Map<TownshipCode, List<Person>> byTownship = new LinkedHashMap<>();

    public InMemoryPeople with(TownshipCode township, Person person) {
        byTownship.computeIfAbsent(township, t -> new ArrayList<>()).add(person);
        return this;
    }

    @Override
    public List<Person> of(TownshipCode township) {
        return List.copyOf(byTownship.getOrDefault(township, List.of()));
    }
}
