package fazhi.adapter.rest.township;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.shared.port.in.PeopleOfTownships;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/townships/{township}/people")
@Authenticated
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PeopleResource {

    private final PeopleOfTownships people;
    private final CurrentActor actor;

    public PeopleResource(PeopleOfTownships people, CurrentActor actor) {
        this.people = people;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "Who works in the township", description = "The realm's enabled users of the township and "
            + "of the county (townships `*`), with their roles, ordered by name, for the forms that assign work (a "
            + "legal reviewer, an approver). Read from Keycloak and kept a minute. Roles: staff, officer, "
            + "legal-reviewer, leader, auditor, admin.")
    @APIResponse(responseCode = "200", description = "The people")
    @APIResponse(responseCode = "422", description = "An unknown role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak did not answer; retry shortly",
            headers = @Header(name = "Retry-After", description = "Seconds"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PersonView> list(@PathParam("township") String township,
                                 @Parameter(description = "Only the people with this realm role",
                                         schema = @Schema(type = SchemaType.STRING, enumeration = {"staff",
                                                 "officer", "legal-reviewer", "leader", "auditor", "admin"}))
                                 @QueryParam("role") String role) {
        return people.of(actor.get(), QueryParams.township(township), role(role)).stream()
                .map(p -> new PersonView(p.username(), p.displayName(),
                        p.roles().stream().map(Role::claim).sorted().toList()))
                .toList();
    }

    private static Optional<Role> role(String claim) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Role.fromClaim(claim.strip()).filter(r -> r != Role.COUNTY_SYSTEM)
                .orElseThrow(() -> new InvalidInput("role", "param.enum", String.join(", ",
                        Arrays.stream(Role.values()).filter(r -> r != Role.COUNTY_SYSTEM).map(Role::claim)
                                .toList()))));
    }
}
