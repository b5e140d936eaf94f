package fazhi.adapter.rest.decision;

import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.review.port.in.ManagingMajorDecisions;
import fazhi.review.port.in.MajorDecisionQuery;
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

/** The township's published major decisions, for anyone, without login. */
@Path("/api/v1/public/townships/{township}/major-decisions")
@PermitAll
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMajorDecisionResource {

    private final ManagingMajorDecisions decisions;

    public PublicMajorDecisionResource(ManagingMajorDecisions decisions) {
        this.decisions = decisions;
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The township's published major decisions", description = "No login. Decisions adopted "
            + "and published, of a catalogue year or all.")
    @APIResponse(responseCode = "200", description = "One page of published decisions")
    @APIResponse(responseCode = "404", description = "No such township",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad year, page or sort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicMajorDecisionPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: catalogueNumber, publishedOn",
                    example = "publishedOn,desc") @QueryParam("sort") String sort,
            @Parameter(description = "The catalogue's year", schema = @Schema(type = SchemaType.INTEGER),
                    example = "2025") @QueryParam("year") String year) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, MajorDecisionQuery.PUBLIC_SORTABLE,
                MajorDecisionQuery.PUBLIC_DEFAULT_SORT);
        var found = decisions.published(QueryParams.township(township), QueryParams.optionalInteger("year", year),
                pageRequest);
        return new PublicMajorDecisionPage(found.items().stream().map(DecisionRestMapper::publicView).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }
}
