package fazhi.adapter.rest.training;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.training.port.in.KeepingTrainingSessions;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** TRN-01's progress of a year. */
@TownshipRecord("")
@Path("/api/v1/townships/{township}/central-group-studies/{year}")
@Authenticated
@Tag(name = "Training sessions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StudyProgressResource {

    private final KeepingTrainingSessions sessions;
    private final CurrentActor actor;

    public StudyProgressResource(KeepingTrainingSessions sessions, CurrentActor actor) {
        this.sessions = sessions;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "TRN-01: the year's central group law studies against the minimum", description = "The "
            + "central group studies (中心组学法) held in the year, the township's minimum (settings, 2 by default), "
            + "and whether the year is behind (from 1 October when short; `/deadlines` then warns). "
            + StaffMemberResource.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "422", description = "A year outside 2000–2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyProgressView progress(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The year", example = "2025") @PathParam("year") String year) {
        return StudyProgressView.of(sessions.progress(actor.get(), QueryParams.township(township),
                QueryParams.integer("year", year, 0)));
    }
}
