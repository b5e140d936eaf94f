package fazhi.adapter.rest.township;

import fazhi.adapter.identity.CurrentActor;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1")
@Authenticated
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token")
public class IdentityResource {

    private final CurrentActor actor;
    private final Townships townships;

    public IdentityResource(CurrentActor actor, Townships townships) {
        this.actor = actor;
        this.townships = townships;
    }

    @GET
    @Path("/me")
    @Operation(summary = "Who the caller is", description = "Username, roles and townships from the token. Any role.")
    @APIResponse(responseCode = "200", description = "The caller")
    public Me me() {
        Actor me = actor.get();
        List<String> codes = new ArrayList<>(me.townships().stream().map(TownshipCode::value).sorted().toList());
        if (me.allTownships()) {
            codes.add(0, Actor.ALL_TOWNSHIPS);
        }
        return new Me(me.username(), actor.displayName().orElse(null),
                me.roles().stream().map(Role::claim).sorted().toList(), codes);
    }

    @GET
    @Path("/townships")
    @Operation(summary = "The townships the caller may see", description = "Ordered by code. Any role.")
    @APIResponse(responseCode = "200", description = "The townships")
    public List<TownshipView> townships() {
        return townships.visibleTo(actor.get()).stream()
                .map(t -> new TownshipView(t.code().value(), t.nameZh(), t.nameEn()))
                .toList();
    }
}
