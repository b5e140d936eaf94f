package fazhi.testing;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Builds who acts: {@code a(Role.STAFF).of(JINHE).build()}. */
public final class ActorBuilder {

    private String username = "zhang.wei";
    private final Set<Role> roles = new HashSet<>();
    private final Set<TownshipCode> townships = new HashSet<>();
    private boolean allTownships;

    private ActorBuilder() {
    }

    public static ActorBuilder a(Role... roles) {
        var builder = new ActorBuilder();
        builder.roles.addAll(Arrays.asList(roles));
        builder.username = roles.length == 0 ? "nobody" : roles[0].claim() + ".user";
        return builder;
    }

    public static ActorBuilder an(Role... roles) {
        return a(roles);
    }

    public ActorBuilder named(String username) {
        this.username = username;
        return this;
    }

    public ActorBuilder of(TownshipCode... townships) {
        this.townships.addAll(Arrays.asList(townships));
        return this;
    }

    /** The {@code *} of county-level accounts. */
    public ActorBuilder ofAllTownships() {
        this.allTownships = true;
        return this;
    }

    public Actor build() {
        return new Actor(username, roles, townships, allTownships);
    }
}
