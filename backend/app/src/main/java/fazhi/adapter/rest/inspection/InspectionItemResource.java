package fazhi.adapter.rest.inspection;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.in.ManagingInspectionItems;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@TownshipRecord("inspectionItem")
@Path("/api/v1/townships/{township}/inspection-items")
@Authenticated
@Tag(name = "Inspection items", description = "The enterprise inspection items list (涉企行政检查事项清单): only a "
        + "published item may be inspected (ENF-14)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or item, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InspectionItemResource {

    static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_LEAD = "Role: leader.";

    private final ManagingInspectionItems items;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public InspectionItemResource(ManagingInspectionItems items, CurrentActor actor, IdempotentCreates creates) {
        this.items = items;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's inspection items",
            description = "Published and unpublished; filters combine with AND. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of items")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public InspectionItemPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: code, name, field, method, publishedOn, createdAt",
                    example = "code,asc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = EnforcementField.class)) @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = InspectionMethod.class)) @QueryParam("method") String method,
            @Parameter(schema = @Schema(implementation = Department.class)) @QueryParam("department")
            String department,
            @Parameter(description = "Only published (true) or unpublished (false) items",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("published") String published,
            @Parameter(description = "Text in the code, name or legal basis", example = "消防") @QueryParam("q")
            String text) {
        InspectionItemQuery query = new InspectionItemQuery(
                QueryParams.enumValue("field", EnforcementField.class, field),
                QueryParams.enumValue("method", InspectionMethod.class, method),
                QueryParams.enumValue("department", Department.class, department),
                bool("published", published), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, InspectionItemQuery.SORTABLE,
                InspectionItemQuery.DEFAULT_SORT);
        var found = items.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new InspectionItemPage(found.items().stream().map(InspectionRestMapper::view).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one inspection item", description = "Answers the ETag to send back with a change. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The item",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<InspectionItemView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(InspectionRestMapper.view(items.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item to the list", description = "Not published until a leader publishes it. "
            + "Without `yearlyCap` the township's setting applies (2). A retry with the same `Idempotency-Key` "
            + "answers the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionItemView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, a code already used, or an Idempotency-Key "
            + "reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<InspectionItemView> create(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid InspectionItemRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, InspectionItemView.class,
                () -> InspectionRestMapper.view(items.create(actor.get(), code, InspectionRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/inspection-items/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an inspection item", description = "Needs `If-Match` with the ETag read (SYS-02). "
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed the item since it was read (SYS-02)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields or a code already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<InspectionItemView> update(@PathParam("township") String township, @PathParam("id") String id,
                                                   @Parameter(description = "The ETag read", example = "\"1\"")
                                                   @HeaderParam("If-Match") String ifMatch,
                                                   @NotNull @Valid InspectionItemRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(InspectionRestMapper.view(
                items.update(actor.get(), QueryParams.township(township), id, expected,
                        InspectionRestMapper.details(request))));
    }

    @POST
    @Path("/{id}/actions/publish")
    @WriteTransaction
    @Operation(summary = "Publish an item", description = "Puts it on the public list today; from then on "
            + "inspections may cite it (ENF-14). Needs `If-Match`. " + ROLES_LEAD)
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "422", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<InspectionItemView> publish(@PathParam("township") String township,
                                                    @PathParam("id") String id,
                                                    @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(InspectionRestMapper.view(
                items.publish(actor.get(), QueryParams.township(township), id, expected)));
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name, "inspection.param.boolean");
        };
    }
}
