package fazhi.adapter.rest.enforcementcase;

import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.shared.model.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

/** ENF-13: the township's published penalty decisions, for anyone, without login, personal data removed. */
@Path("/api/v1/public/townships/{township}/penalty-decisions")
@PermitAll
@Tag(name = "Public", description = "What the law says is published, for anyone, without login")
@Produces(MediaType.APPLICATION_JSON)
public class PublicPenaltyDecisionResource {

    /** The list's order is fixed: the newest decision first. */
    private static final String ORDER = "decidedOn,desc";

    private final ProcessingEnforcementCases cases;

    public PublicPenaltyDecisionResource(ProcessingEnforcementCases cases) {
        this.cases = cases;
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The township's published penalty decisions (行政处罚决定公示)",
            description = "No login. Penalty decisions a leader published and that were not revoked (a revoked one is "
                    + "withdrawn at once, ENF-13), newest first: decision number, field, the party as an "
                    + "organisation's name or a person's surname + 某, the facts, the penalty, and the dates. Never an "
                    + "identity number, phone or address.")
    @APIResponse(responseCode = "200", description = "One page of published decisions")
    @APIResponse(responseCode = "404", description = "No such township",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad page, size or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicPenaltyDecisionPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "Only decisions of this year", schema = @Schema(type = SchemaType.INTEGER),
                    example = "2025") @QueryParam("year") String year) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), null, Set.of("decidedOn"), ORDER);
        var found = cases.published(QueryParams.township(township), QueryParams.optionalInteger("year", year),
                pageRequest);
        return new PublicPenaltyDecisionPage(found.items().stream().map(EnforcementCaseRestMapper::published).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }
}
