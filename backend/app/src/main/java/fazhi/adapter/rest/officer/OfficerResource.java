package fazhi.adapter.rest.officer;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.Clock;
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

@TownshipRecord("officer")
@Path("/api/v1/townships/{township}/officers")
@Authenticated
@Tag(name = "Officers")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or officer, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OfficerResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_DECIDE = "Role: leader.";

    private final ManagingOfficers officers;
    private final CurrentActor actor;
    private final IdempotentCreates creates;
    private final Clock clock;

    public OfficerResource(ManagingOfficers officers, CurrentActor actor, IdempotentCreates creates, Clock clock) {
        this.officers = officers;
        this.actor = actor;
        this.creates = creates;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List the township's officers",
            description = "Filters combine with AND. `expiringWithinDays` keeps officers whose certificate is valid "
                    + "today and expires within that many days. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of officers")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public OfficerPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: name, department, status, certificateExpiresOn, "
                    + "createdAt", example = "name,asc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = Department.class)) @QueryParam("department") String department,
            @Parameter(schema = @Schema(implementation = OfficerStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Certificate valid today and expiring within this many days",
                    schema = @Schema(type = SchemaType.INTEGER), example = "30")
            @QueryParam("expiringWithinDays") String expiringWithinDays,
            @Parameter(description = "Text in the name or certificate number", example = "李")
            @QueryParam("q") String text) {
        OfficerQuery query = new OfficerQuery(QueryParams.enumValue("department", Department.class, department),
                QueryParams.enumValue("status", OfficerStatus.class, status),
                QueryParams.optionalInteger("expiringWithinDays", expiringWithinDays), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, OfficerQuery.SORTABLE, OfficerQuery.DEFAULT_SORT);
        var found = officers.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new OfficerPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one officer", description = "Answers the ETag to send back with a change. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The officer",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<OfficerView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(view(officers.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an officer", description = "A retry with the same `Idempotency-Key` answers the "
            + "first answer without registering again (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, a certificate number already held, or an "
            + "Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<OfficerView> register(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid OfficerRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, OfficerView.class,
                () -> view(officers.register(actor.get(), code, OfficerRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/officers/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an officer", description = "Needs `If-Match` with the ETag read (SYS-02). " + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed the officer since it was read (SYS-02)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<OfficerView> update(@PathParam("township") String township, @PathParam("id") String id,
                                            @Parameter(description = "The ETag read", example = "\"3\"")
                                            @HeaderParam("If-Match") String ifMatch,
                                            @NotNull @Valid OfficerRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(officers.update(actor.get(), QueryParams.township(township), id, expected,
                OfficerRestMapper.details(request))));
    }

    @POST
    @Path("/{id}/actions/suspend")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend an officer", description = "A suspended officer may not act (ENF-02). Needs "
            + "`If-Match`. " + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Suspended", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<OfficerView> suspend(@PathParam("township") String township, @PathParam("id") String id,
                                             @HeaderParam("If-Match") String ifMatch,
                                             @NotNull @Valid SuspensionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(
                officers.suspend(actor.get(), QueryParams.township(township), id, expected, request.reason())));
    }

    @POST
    @Path("/{id}/actions/reinstate")
    @WriteTransaction
    @Operation(summary = "Reinstate a suspended officer", description = "Needs `If-Match`. " + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Active again", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<OfficerView> reinstate(@PathParam("township") String township, @PathParam("id") String id,
                                               @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(officers.reinstate(actor.get(), QueryParams.township(township), id, expected)));
    }

    private OfficerView view(Officer officer) {
        return OfficerRestMapper.view(officer, clock.today());
    }
}
