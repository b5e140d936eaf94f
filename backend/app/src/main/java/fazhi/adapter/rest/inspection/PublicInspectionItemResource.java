package fazhi.adapter.rest.inspection;

import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.in.ManagingInspectionItems;
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

/** What the law says is published: the township's enterprise inspection items list, without login. */
@Path("/api/v1/public/townships/{township}/inspection-items")
@PermitAll
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicInspectionItemResource {

    private final ManagingInspectionItems items;

    public PublicInspectionItemResource(ManagingInspectionItems items) {
        this.items = items;
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The township's published enterprise inspection items list",
            description = "No login. The published items (清单之外无检查, ENF-14) with their legal basis, department, "
                    + "field, method and yearly cap per enterprise.")
    @APIResponse(responseCode = "200", description = "One page of published items")
    @APIResponse(responseCode = "404", description = "No such township",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad page or sort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicInspectionItemPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: code, name, field, publishedOn", example = "code,asc")
            @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, InspectionItemQuery.PUBLIC_SORTABLE,
                InspectionItemQuery.PUBLIC_DEFAULT_SORT);
        var found = items.published(QueryParams.township(township), pageRequest);
        return new PublicInspectionItemPage(found.items().stream().map(InspectionRestMapper::publicView).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }
}
