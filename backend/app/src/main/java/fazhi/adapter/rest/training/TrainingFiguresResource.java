package fazhi.adapter.rest.training;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.training.port.in.ReadingTrainingFigures;
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

/** The training figures of a year (SQL aggregates), for the annual report. */
@TownshipRecord("")
@Path("/api/v1/townships/{township}/training-figures/{year}")
@Authenticated
@Tag(name = "Training sessions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TrainingFiguresResource {

    private final ReadingTrainingFigures figures;
    private final CurrentActor actor;

    public TrainingFiguresResource(ReadingTrainingFigures figures, CurrentActor actor) {
        this.figures = figures;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "The year's training figures", description = "Sessions by type, venue and occasion, lectures "
            + "at schools and kindergartens, materials handed out, meetings by kind, the central group's law studies "
            + "(TRN-01) and the year's exams with TRN-02's rates, counted by the database. "
            + StaffMemberResource.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "422", description = "A year outside 2000–2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrainingFiguresView figures(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The year", example = "2025") @PathParam("year") String year) {
        return TrainingFiguresView.of(figures.figures(actor.get(), QueryParams.township(township),
                QueryParams.integer("year", year, 0)));
    }
}
