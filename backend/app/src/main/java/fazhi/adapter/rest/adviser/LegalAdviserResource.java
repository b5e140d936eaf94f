package fazhi.adapter.rest.adviser;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.review.model.Consultation;
import fazhi.review.model.LegalAdviser;
import fazhi.review.model.LinkedRecordType;
import fazhi.review.port.in.ConsultationQuery;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.review.port.in.ManagingLegalAdvisers;
import fazhi.shared.model.InvalidInput;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@TownshipRecord("legal-adviser")
@Path("/api/v1/townships/{township}/legal-advisers")
@Authenticated
@Tag(name = "Legal advisers", description = "Legal advisers (法律顾问) the township engages, and the log of their "
        + "consultations")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, adviser or consultation, or one the caller may "
        + "not see (SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class LegalAdviserResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";

    private final ManagingLegalAdvisers advisers;
    private final CurrentActor actor;
    private final IdempotentCreates creates;
    private final Clock clock;

    public LegalAdviserResource(ManagingLegalAdvisers advisers, CurrentActor actor, IdempotentCreates creates,
                                Clock clock) {
        this.advisers = advisers;
        this.actor = actor;
        this.creates = creates;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List the township's legal advisers", description = "`engagedOn` keeps those whose "
            + "engagement covers that day. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of advisers")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public LegalAdviserPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: name, engagedFrom, engagedUntil, createdAt",
                    example = "engagedFrom,desc") @QueryParam("sort") String sort,
            @Parameter(description = "A day the engagement covers", schema = @Schema(type = SchemaType.STRING,
                    format = "date"), example = "2025-06-30") @QueryParam("engagedOn") String engagedOn,
            @Parameter(description = "Text in the name or law firm", example = "芙蓉") @QueryParam("q") String text) {
        LegalAdviserQuery query = new LegalAdviserQuery(date("engagedOn", engagedOn), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, LegalAdviserQuery.SORTABLE,
                LegalAdviserQuery.DEFAULT_SORT);
        var found = advisers.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new LegalAdviserPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one legal adviser", description = "Answers the ETag to send back with a change. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The adviser", headers = @Header(name = "ETag"))
    public RestResponse<LegalAdviserView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(view(advisers.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Engage a legal adviser", description = "A retry with the same `Idempotency-Key` answers the "
            + "first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Engaged",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LegalAdviserView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, or an Idempotency-Key reused (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalAdviserView> engage(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid LegalAdviserRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, LegalAdviserView.class,
                () -> view(advisers.engage(actor.get(), code, AdviserRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/legal-advisers/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a legal adviser", description = "Needs `If-Match` with the ETag read (SYS-02). "
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalAdviserView> update(@PathParam("township") String township, @PathParam("id") String id,
                                                 @Parameter(description = "The ETag read", example = "\"0\"")
                                                 @HeaderParam("If-Match") String ifMatch,
                                                 @NotNull @Valid LegalAdviserRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(advisers.update(actor.get(), QueryParams.township(township), id, expected,
                AdviserRestMapper.details(request))));
    }

    @GET
    @Path("/{id}/consultations")
    @Operation(summary = "The adviser's consultations log", description = "`from` and `to` are days, both included. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of consultations")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public ConsultationPage consultations(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: consultedOn, createdAt", example = "consultedOn,desc")
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-01-01")
            @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-12-31")
            @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = LinkedRecordType.class))
            @QueryParam("linkedRecordType") String linkedRecordType,
            @Parameter(description = "Text in the subject or advice", example = "诉讼") @QueryParam("q") String text) {
        ConsultationQuery query = new ConsultationQuery(date("from", from), date("to", to),
                QueryParams.enumValue("linkedRecordType", LinkedRecordType.class, linkedRecordType), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, ConsultationQuery.SORTABLE,
                ConsultationQuery.DEFAULT_SORT);
        var found = advisers.consultations(actor.get(), QueryParams.township(township), id, query, pageRequest);
        return new ConsultationPage(found.items().stream().map(AdviserRestMapper::view).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}/consultations/{consultationId}")
    @Operation(summary = "Get one consultation", description = ROLES_READ)
    @APIResponse(responseCode = "200", description = "The consultation", headers = @Header(name = "ETag"))
    public RestResponse<ConsultationView> consultation(@PathParam("township") String township,
                                                       @PathParam("id") String id,
                                                       @PathParam("consultationId") String consultationId) {
        return ETags.ok(AdviserRestMapper.view(
                advisers.consultation(actor.get(), QueryParams.township(township), id, consultationId)));
    }

    @POST
    @Path("/{id}/consultations")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a consultation of the adviser", description = "Dated within the engagement. Accepts "
            + "`Idempotency-Key` (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Logged",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, a day outside the engagement, or an "
            + "Idempotency-Key reused (SYS-03)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<ConsultationView> consult(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "Makes a retry safe (SYS-03)") @HeaderParam(IdempotentCreates.HEADER)
            String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid ConsultationRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, ConsultationView.class,
                () -> AdviserRestMapper.view(advisers.consult(actor.get(), code, id,
                        AdviserRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/legal-advisers/" + view.adviserId()
                        + "/consultations/" + view.id());
    }

    @PUT
    @Path("/{id}/consultations/{consultationId}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a consultation", description = "Needs `If-Match` with the ETag read (SYS-02). "
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or a day outside the engagement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ConsultationView> updateConsultation(@PathParam("township") String township,
                                                             @PathParam("id") String id,
                                                             @PathParam("consultationId") String consultationId,
                                                             @HeaderParam("If-Match") String ifMatch,
                                                             @NotNull @Valid ConsultationRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(AdviserRestMapper.view(
                advisers.updateConsultation(actor.get(), QueryParams.township(township), id, consultationId,
                        expected, AdviserRestMapper.details(request))));
    }

    /** A date query parameter; a bad one answers 422 naming it. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "param.date");
        }
    }

    private LegalAdviserView view(LegalAdviser adviser) {
        return AdviserRestMapper.view(adviser, clock.today());
    }
}
