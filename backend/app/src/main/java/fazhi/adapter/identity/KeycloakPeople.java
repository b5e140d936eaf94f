package fazhi.adapter.identity;

import fazhi.shared.model.Actor;
import fazhi.shared.model.DirectoryUnavailable;
import fazhi.shared.model.Person;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.People;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The township's people from the realm, through the API's service account {@code fazhi-people}, which may only
 * view users: the enabled users whose {@code townships} attribute names the township or {@code *}, with their
 * effective realm roles. Kept a minute per township (cache {@code people}): forms ask often, the realm changes
 * seldom. Machine clients' service accounts are not people.
 */
@ApplicationScoped
public class KeycloakPeople implements People {

    /** More users than a township has; the search is by exact attribute, so this bounds one county's admins too. */
    static final int MAX_USERS = 1000;
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakPeople(Keycloak keycloak,
                          @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    @CacheResult(cacheName = "people")
    public List<Person> of(TownshipCode township) {
        try {
            UsersResource users = keycloak.realm(realm).users();
            Map<String, UserRepresentation> found = new LinkedHashMap<>();
            for (String code : List.of(township.value(), Actor.ALL_TOWNSHIPS)) {
                for (UserRepresentation user : users.searchByAttributes(0, MAX_USERS, true, true, true,
                        CurrentActor.TOWNSHIPS_CLAIM + ":" + code)) {
                    found.putIfAbsent(user.getId(), user);
                }
            }
            List<Person> people = new ArrayList<>();
            for (UserRepresentation user : found.values()) {
                if (user.getUsername().startsWith(SERVICE_ACCOUNT_PREFIX)) {
                    continue;
                }
                Set<Role> roles = roles(users.get(user.getId()).roles().realmLevel().listEffective());
                if (!roles.isEmpty()) {
                    people.add(new Person(user.getUsername(), name(user), roles));
                }
            }
            return List.copyOf(people);
        } catch (ProcessingException | WebApplicationException e) {
            throw new DirectoryUnavailable(e);
        }
    }

    private static Set<Role> roles(List<RoleRepresentation> realmRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (RoleRepresentation role : realmRoles) {
            Role.fromClaim(role.getName()).filter(r -> r != Role.COUNTY_SYSTEM).ifPresent(roles::add);
        }
        return roles;
    }

    private static String name(UserRepresentation user) {
        String family = Optional.ofNullable(user.getLastName()).orElse("").strip();
        String given = Optional.ofNullable(user.getFirstName()).orElse("").strip();
        if (family.isEmpty() || given.isEmpty()) {
            return (family + given).isEmpty() ? user.getUsername() : family + given;
        }
        return CurrentActor.fullName(family, given);
    }
}
