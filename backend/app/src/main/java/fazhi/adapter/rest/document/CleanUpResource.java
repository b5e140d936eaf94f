package fazhi.adapter.rest.document;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.CleanUpStatus;
import fazhi.review.port.in.CleanUpQuery;
import fazhi.review.port.in.CleaningUpNormativeDocuments;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@TownshipRecord("normative-document-clean-up")
@Path("/api/v1/townships/{township}/normative-documents/clean-ups")
@Authenticated
@Tag(name = "Normative documents")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or campaign, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CleanUpResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_DECIDE = "Role: leader.";

    private final CleaningUpNormativeDocuments cleanUps;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public CleanUpResource(CleaningUpNormativeDocuments cleanUps, CurrentActor actor, IdempotentCreates creates) {
        this.cleanUps = cleanUps;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's clean-up campaigns", description = "`year` is the year of the "
            + "campaign's date. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of campaigns")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public CleanUpPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: heldOn, name, createdAt", example = "heldOn,desc")
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER), example = "2025") @QueryParam("year") String year,
            @Parameter(schema = @Schema(implementation = CleanUpStatus.class)) @QueryParam("status") String status) {
        CleanUpQuery query = new CleanUpQuery(QueryParams.optionalInteger("year", year),
                QueryParams.enumValue("status", CleanUpStatus.class, status));
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, CleanUpQuery.SORTABLE, CleanUpQuery.DEFAULT_SORT);
        var found = cleanUps.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new CleanUpPage(found.items().stream().map(DocumentRestMapper::view).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one clean-up campaign", description = ROLES_READ)
    @APIResponse(responseCode = "200", description = "The campaign", headers = @Header(name = "ETag"))
    public RestResponse<CleanUpView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(DocumentRestMapper.view(cleanUps.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a clean-up campaign", description = "Accepts `Idempotency-Key` (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CleanUpView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, or an Idempotency-Key reused (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CleanUpView> open(@PathParam("township") String township,
                                          @Parameter(description = "Makes a retry safe (SYS-03)")
                                          @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
                                          @Context UriInfo uri,
                                          @NotNull @Valid CleanUpRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, CleanUpView.class,
                () -> DocumentRestMapper.view(cleanUps.open(actor.get(), code, request.name(), request.heldOn())),
                view -> "/api/v1/townships/" + view.township() + "/normative-documents/clean-ups/" + view.id());
    }

    @POST
    @Path("/{id}/decisions")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on one document in force", description = "KEEP, AMEND or REPEAL with the reason; a "
            + "later decision on the same document replaces it. Needs `If-Match` with the campaign's ETag (SYS-02). "
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Decided", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, a document not in force or unknown, or the "
            + "campaign is closed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<CleanUpView> decide(@PathParam("township") String township, @PathParam("id") String id,
                                            @HeaderParam("If-Match") String ifMatch,
                                            @NotNull @Valid CleanUpDecisionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(DocumentRestMapper.view(
                cleanUps.decide(actor.get(), QueryParams.township(township), id, expected,
                        request.documentId(), request.verdict(), request.reason())));
    }

    @POST
    @Path("/{id}/actions/close")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a clean-up campaign", description = "OPEN → CLOSED; the documents decided REPEAL and "
            + "still in force are repealed on the closing day (KEEP and AMEND are recorded only). Needs `If-Match` "
            + "(SYS-02). " + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Already closed, or a closing date before the campaign's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CleanUpView> close(@PathParam("township") String township, @PathParam("id") String id,
                                           @HeaderParam("If-Match") String ifMatch,
                                           @NotNull @Valid CleanUpClosingRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(DocumentRestMapper.view(
                cleanUps.close(actor.get(), QueryParams.township(township), id, expected,
                        request.closedOn())));
    }
}
