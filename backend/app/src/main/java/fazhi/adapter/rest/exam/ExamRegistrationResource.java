package fazhi.adapter.rest.exam;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamStatus;
import fazhi.enforcement.port.in.ExamRegistrationQuery;
import fazhi.enforcement.port.in.ManagingExamRegistrations;
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

@TownshipRecord("exam-registration")
@Path("/api/v1/townships/{township}/exam-registrations")
@Authenticated
@Tag(name = "Exam registrations", description = "Registrations for the administrative enforcement certificate exam "
        + "(行政执法资格证考试报名) and their results; a pass issues the certificate in the officer register")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or registration, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExamRegistrationResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String CHANGE = "Needs `If-Match` with the ETag read (SYS-02). ";

    private final ManagingExamRegistrations registrations;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public ExamRegistrationResource(ManagingExamRegistrations registrations, CurrentActor actor,
                                    IdempotentCreates creates) {
        this.registrations = registrations;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's exam registrations",
            description = "Filters combine with AND. `officerId` gives the registrations of one officer (the officer "
                    + "page). " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of registrations")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public ExamRegistrationPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: personName, examDate, registeredOn, createdAt",
                    example = "registeredOn,desc") @QueryParam("sort") String sort,
            @Parameter(description = "Exam year", schema = @Schema(type = SchemaType.INTEGER), example = "2025")
            @QueryParam("year") String year,
            @Parameter(schema = @Schema(implementation = ExamStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "The officer's id", example = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c")
            @QueryParam("officerId") String officerId) {
        ExamRegistrationQuery query = new ExamRegistrationQuery(QueryParams.optionalInteger("year", year),
                QueryParams.enumValue("status", ExamStatus.class, status), officerId);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, ExamRegistrationQuery.SORTABLE,
                ExamRegistrationQuery.DEFAULT_SORT);
        var found = registrations.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new ExamRegistrationPage(found.items().stream().map(ExamRestMapper::view).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one exam registration", description = "Answers the ETag to send back with a change. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The registration",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<ExamRegistrationView> get(@PathParam("township") String township,
                                                  @PathParam("id") String id) {
        return ETags.ok(ExamRestMapper.view(registrations.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register someone for the certificate exam", description = "A retry with the same "
            + "`Idempotency-Key` answers the first answer without registering again (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamRegistrationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, an officer not in the township's register, or "
            + "an Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExamRegistrationView> register(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid ExamRegistrationRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, ExamRegistrationView.class,
                () -> ExamRestMapper.view(registrations.register(actor.get(), code, ExamRestMapper.details(request),
                        request.officerId())),
                view -> "/api/v1/townships/" + view.township() + "/exam-registrations/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an exam registration", description = "Until its result is recorded. " + CHANGE
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed the registration since it was read "
            + "(SYS-02)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or the result is already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExamRegistrationView> revise(@PathParam("township") String township,
                                                     @PathParam("id") String id,
                                                     @Parameter(description = "The ETag read", example = "\"0\"")
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @NotNull @Valid ExamRegistrationRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(ExamRestMapper.view(
                registrations.revise(actor.get(), QueryParams.township(township), id, expected,
                        ExamRestMapper.details(request), request.officerId())));
    }

    @POST
    @Path("/{id}/actions/record-result")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the exam result", description = "Once, not before the exam day. A pass issues the "
            + "certificate through the officer register: a new officer holding it, or, for a registration linked to "
            + "an officer, that officer's certificate replaced; the answer's `officerId` names the officer. "
            + "A certificate number already held in the township is refused. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "A result already recorded, before the exam day, a score or "
            + "certificate missing or not allowed, or a certificate number taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExamRegistrationView> recordResult(@PathParam("township") String township,
                                                           @PathParam("id") String id,
                                                           @HeaderParam("If-Match") String ifMatch,
                                                           @NotNull @Valid ExamResultRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(ExamRestMapper.view(
                registrations.recordResult(actor.get(), QueryParams.township(township), id, expected,
                        ExamRestMapper.result(request))));
    }
}
