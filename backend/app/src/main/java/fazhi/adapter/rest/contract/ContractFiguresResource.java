package fazhi.adapter.rest.contract;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.contract.port.in.ReadingContractFigures;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract figures of a year, counted by the database, for the annual report. */
@Path("/api/v1/townships/{township}/contract-figures")
@Authenticated
@Tag(name = "Contract figures", description = "A year's contract figures for the annual report (年度报告)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContractFiguresResource {

    private final ReadingContractFigures figures;
    private final CurrentActor actor;

    public ContractFiguresResource(ReadingContractFigures figures, CurrentActor actor) {
        this.figures = figures;
        this.actor = actor;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "A year's contract figures",
            description = "Of the contracts registered in the year: count and amount (as amended) by type, the "
                    + "major ones (CON-01, the township's threshold as it stands now), those sent to legality review "
                    + "and those whose review passed (LR-03), and those signed. Roles: staff, officer, "
                    + "legal-reviewer, leader, auditor, county-system, admin.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "422", description = "A year that is not a number from 2000 to 2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractFiguresView get(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The calendar year", schema = @Schema(type = SchemaType.INTEGER), example = "2025")
            @PathParam("year") String year) {
        int parsed = QueryParams.integer("year", year, 0);
        return ContractFiguresView.of(figures.figures(actor.get(), QueryParams.township(township), parsed));
    }
}
