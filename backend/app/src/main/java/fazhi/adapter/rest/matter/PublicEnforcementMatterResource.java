package fazhi.adapter.rest.matter;

import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.enforcement.port.in.ManagingEnforcementMatters;
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

/** What the law says is published: the township's list of enforcement matters, for anyone, without login. */
@Path("/api/v1/public/townships/{township}/enforcement-matters")
@PermitAll
@Tag(name = "Public", description = "What the law says is published, for anyone, without login")
@Produces(MediaType.APPLICATION_JSON)
public class PublicEnforcementMatterResource {

    private final ManagingEnforcementMatters matters;

    public PublicEnforcementMatterResource(ManagingEnforcementMatters matters) {
        this.matters = matters;
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The township's published enforcement matters",
            description = "No login. The published matters of the township's list of powers (权责清单): code, name, "
                    + "kind, field, legal basis, department, and the county document of a delegated one.")
    @APIResponse(responseCode = "200", description = "One page of published matters")
    @APIResponse(responseCode = "404", description = "No such township",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public PublicEnforcementMatterPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: code, name", example = "code,asc")
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = MatterKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = EnforcementField.class)) @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = Department.class)) @QueryParam("department")
            String department,
            @Parameter(schema = @Schema(implementation = MatterSource.class)) @QueryParam("source") String source,
            @Parameter(description = "Text in the code, name or legal basis", example = "消防")
            @QueryParam("q") String text) {
        EnforcementMatterQuery query = MatterRestMapper.query(kind, field, department, source, null, text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, EnforcementMatterQuery.SORTABLE,
                EnforcementMatterQuery.DEFAULT_SORT);
        var found = matters.published(QueryParams.township(township), query, pageRequest);
        return new PublicEnforcementMatterPage(found.items().stream().map(MatterRestMapper::publicView).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }
}
