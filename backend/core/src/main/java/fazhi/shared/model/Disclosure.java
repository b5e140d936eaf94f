package fazhi.shared.model;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may see a kind of personal data whole (DSP-04, issue 4 item 6): the roles that need it. Everyone else who
 * may read the record sees it masked ({@link Masking#mask}). One mechanism for every area: enforcement
 * parties, dispute parties, key groups.
 */
public record Disclosure(Set<Role> roles) {

    public Disclosure {
        roles = Set.copyOf(roles);
    }

    public static Disclosure wholeTo(Role... roles) {
        return new Disclosure(Set.of(roles));
    }

    /** Whether the actor sees the data whole. */
    public boolean isWholeFor(Actor actor) {
        return actor.hasAnyRole(roles.toArray(Role[]::new));
    }

    /** The value as the actor may see it: whole, or masked; null stays null. */
    public String show(Actor actor, String value) {
        return isWholeFor(actor) ? value : Masking.mask(value);
    }

    /** The value, turned into text, as the actor may see it. */
    public <T> String show(Actor actor, T value, Function<T, String> text) {
        return value == null ? null : show(actor, text.apply(value));
    }

    @Override
    public String toString() {
        return "Disclosure" + Arrays.toString(roles.toArray());
    }
}
