package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Person;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.PeopleOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.People;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The people of a township for the forms that assign work; the machine clients of the county ask no one. */
public final class PeopleService implements PeopleOfTownships {

    /** The roles that fill forms in a township, and those who read what was assigned to whom. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.ADMIN};

    /** Chinese names in the order of their pinyin, as a township's roster reads. */
    private static final Comparator<Person> BY_NAME = Comparator
            .comparing(Person::displayName, Collator.getInstance(Locale.CHINA))
            .thenComparing(Person::username);

    private final People people;
    private final Townships townships;

    public PeopleService(People people, Townships townships) {
        this.people = people;
        this.townships = townships;
    }

    @Override
    public List<Person> of(Actor actor, TownshipCode township, Optional<Role> role) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return people.of(township).stream()
                .filter(person -> role.map(person::has).orElse(true))
                .sorted(BY_NAME)
                .toList();
    }
}
