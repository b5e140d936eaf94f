package fazhi.adapter.rest.matter;

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
import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.enforcement.port.in.ManagingEnforcementMatters;
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

@TownshipRecord("enforcement-matter")
@Path("/api/v1/townships/{township}/enforcement-matters")
@Authenticated
@Tag(name = "Enforcement matters", description = "The township's list of enforcement matters (执法事项 / 权责清单), "
        + "drawn up against the county's delegated powers (县级赋权事项), and its publication")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or matter, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EnforcementMatterResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_PUBLISH = "Role: leader.";
    private static final String CHANGE = "Needs `If-Match` with the ETag read (SYS-02). ";

    private final ManagingEnforcementMatters matters;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public EnforcementMatterResource(ManagingEnforcementMatters matters, CurrentActor actor,
                                     IdempotentCreates creates) {
        this.matters = matters;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's enforcement matters",
            description = "Filters combine with AND. `q` looks in the code, name and legal basis. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of matters")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public EnforcementMatterPage list(
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
            @Parameter(description = "On the public list or not", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("published") String published,
            @Parameter(description = "Text in the code, name or legal basis", example = "消防")
            @QueryParam("q") String text) {
        EnforcementMatterQuery query = MatterRestMapper.query(kind, field, department, source, published, text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, EnforcementMatterQuery.SORTABLE,
                EnforcementMatterQuery.DEFAULT_SORT);
        var found = matters.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new EnforcementMatterPage(found.items().stream().map(MatterRestMapper::view).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one enforcement matter", description = "Answers the ETag to send back with a change. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The matter",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<EnforcementMatterView> get(@PathParam("township") String township,
                                                   @PathParam("id") String id) {
        return ETags.ok(MatterRestMapper.view(matters.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define an enforcement matter", description = "The matter is not published until a leader "
            + "publishes it. A retry with the same `Idempotency-Key` answers the first answer without defining again "
            + "(SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Defined",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnforcementMatterView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, a code already used in the township, or an "
            + "Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementMatterView> define(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid EnforcementMatterRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, EnforcementMatterView.class,
                () -> MatterRestMapper.view(matters.define(actor.get(), code, MatterRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/enforcement-matters/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an enforcement matter", description = "Only while it is not published: withdraw a "
            + "published matter first. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed the matter since it was read (SYS-02)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, a code already used, or the matter is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementMatterView> revise(@PathParam("township") String township,
                                                      @PathParam("id") String id,
                                                      @Parameter(description = "The ETag read", example = "\"1\"")
                                                      @HeaderParam("If-Match") String ifMatch,
                                                      @NotNull @Valid EnforcementMatterRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(MatterRestMapper.view(matters.revise(actor.get(), QueryParams.township(township), id, expected,
                MatterRestMapper.details(request))));
    }

    @POST
    @Path("/{id}/actions/publish")
    @WriteTransaction
    @Operation(summary = "Publish an enforcement matter", description = "Puts it on the public list as of today. "
            + CHANGE + ROLES_PUBLISH)
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementMatterView> publish(@PathParam("township") String township,
                                                       @PathParam("id") String id,
                                                       @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(MatterRestMapper.view(
                matters.publish(actor.get(), QueryParams.township(township), id, expected)));
    }

    @POST
    @Path("/{id}/actions/withdraw")
    @WriteTransaction
    @Operation(summary = "Withdraw an enforcement matter", description = "Takes it off the public list as of today; "
            + "it can then be edited and published again. " + CHANGE + ROLES_PUBLISH)
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementMatterView> withdraw(@PathParam("township") String township,
                                                        @PathParam("id") String id,
                                                        @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(MatterRestMapper.view(
                matters.withdraw(actor.get(), QueryParams.township(township), id, expected)));
    }
}
