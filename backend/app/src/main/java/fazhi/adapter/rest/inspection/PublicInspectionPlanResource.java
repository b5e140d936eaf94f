package fazhi.adapter.rest.inspection;

import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.enforcement.port.in.ManagingInspectionPlans;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
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

/** What the law says is published: the township's yearly enterprise inspection plans, without login. */
@Path("/api/v1/public/townships/{township}/inspection-plans")
@PermitAll
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicInspectionPlanResource {

    private final ManagingInspectionPlans plans;

    public PublicInspectionPlanResource(ManagingInspectionPlans plans) {
        this.plans = plans;
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The township's published enterprise inspection plans",
            description = "No login. Published plans with their items, schedule, targets and the county's filing.")
    @APIResponse(responseCode = "200", description = "One page of published plans")
    @APIResponse(responseCode = "404", description = "No such township",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad page or sort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicInspectionPlanPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: year, publishedOn", example = "year,desc")
            @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, InspectionPlanQuery.PUBLIC_SORTABLE,
                InspectionPlanQuery.PUBLIC_DEFAULT_SORT);
        TownshipCode code = QueryParams.township(township);
        var found = plans.published(code, pageRequest);
        var items = plans.plannedItems(code, found.items());
        return new PublicInspectionPlanPage(found.items().stream()
                .map(p -> InspectionRestMapper.publicView(p, items)).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }
}
