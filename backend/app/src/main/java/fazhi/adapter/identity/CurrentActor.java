package fazhi.adapter.identity;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link Actor} of the current request, read from the validated OIDC access token:
 * {@code preferred_username}, the realm roles and the {@code townships} claim ({@code *} means all).
 */
@RequestScoped
public class CurrentActor {

    static final String TOWNSHIPS_CLAIM = "townships";

    private final SecurityIdentity identity;
    private Actor actor;

    @Inject
    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (actor == null) {
            actor = read();
        }
        return actor;
    }

    /**
     * The display name from the token, where it has one: family name first, as Chinese names are written
     * (王晓梅, not 晓梅 王), else the token's {@code name}.
     */
    public Optional<String> displayName() {
        return token().map(jwt -> {
            String family = jwt.getClaim("family_name");
            String given = jwt.getClaim("given_name");
            if (family != null && given != null) {
                return fullName(family, given);
            }
            return jwt.<String>getClaim("name");
        });
    }

    /** Family name first for Chinese names (王晓梅), given name first for Latin ones (Mei Wang). */
    static String fullName(String family, String given) {
        boolean latin = (family + given).chars().allMatch(c -> c < 0x2E80);
        return latin ? given + " " + family : family + given;
    }

    private Actor read() {
        Set<Role> roles = identity.getRoles().stream()
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        List<String> townshipClaims = token().map(jwt -> strings(jwt.getClaim(TOWNSHIPS_CLAIM))).orElse(List.of());
        boolean all = townshipClaims.contains(Actor.ALL_TOWNSHIPS);
        Set<TownshipCode> townships = new HashSet<>();
        for (String code : townshipClaims) {
            if (!code.equals(Actor.ALL_TOWNSHIPS)) {
                try {
                    townships.add(TownshipCode.of(code));
                } catch (RuntimeException ignored) {
                    // a malformed code in a token grants nothing
                }
            }
        }
        return new Actor(username(), roles, townships, all);
    }

    private String username() {
        return token().map(jwt -> jwt.<String>getClaim("preferred_username"))
                .or(() -> Optional.ofNullable(identity.getPrincipal()).map(Principal::getName))
                .orElse("anonymous");
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private static List<String> strings(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof JsonString s) {
            return List.of(s.getString());
        }
        return List.of(String.valueOf(claim));
    }
}
