package fazhi.adapter.rest.document;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.review.model.DocumentIssue;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ManagingNormativeDocuments;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.review.port.in.ReviewGate;
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

@TownshipRecord("normative-document")
@Path("/api/v1/townships/{township}/normative-documents")
@Authenticated
@Tag(name = "Normative documents", description = "The register of normative documents (规范性文件): legality review "
        + "before issue (LR-01), validity at most five years, two when provisional (LR-06), re-evaluation, "
        + "amendment, repeal, expiry, clean-up campaigns (集中清理)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or document, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NormativeDocumentResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_DECIDE = "Role: leader.";
    private static final String CHANGE = "Needs `If-Match` with the ETag read (SYS-02). ";

    private final ManagingNormativeDocuments documents;
    private final ReviewGate gate;
    private final CurrentActor actor;
    private final IdempotentCreates creates;
    private final Clock clock;

    public NormativeDocumentResource(ManagingNormativeDocuments documents, ReviewGate gate, CurrentActor actor,
                                     IdempotentCreates creates, Clock clock) {
        this.documents = documents;
        this.gate = gate;
        this.actor = actor;
        this.creates = creates;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List the township's normative documents",
            description = "Filters combine with AND. `status` is the status today: EXPIRED includes documents past "
                    + "their validity whose expiry is not recorded yet. `evaluationDue` keeps documents in force "
                    + "within six months of the end of their validity. `year` is the year of issue. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of documents")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public NormativeDocumentPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: title, number, issuedOn, effectiveOn, validUntil, "
                    + "createdAt", example = "issuedOn,desc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = DocumentStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("provisional") String provisional,
            @Parameter(description = "In force and within six months of the validity's end",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("evaluationDue") String evaluationDue,
            @Parameter(description = "Year of issue", schema = @Schema(type = SchemaType.INTEGER), example = "2025")
            @QueryParam("year") String year,
            @Parameter(description = "Text in the title, number or issuer", example = "合同")
            @QueryParam("q") String text) {
        NormativeDocumentQuery query = new NormativeDocumentQuery(
                QueryParams.enumValue("status", DocumentStatus.class, status),
                bool("provisional", provisional), bool("evaluationDue", evaluationDue),
                QueryParams.optionalInteger("year", year), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, NormativeDocumentQuery.SORTABLE,
                NormativeDocumentQuery.DEFAULT_SORT);
        var found = documents.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new NormativeDocumentPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one normative document", description = "Answers the ETag to send back with a change. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The document",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<NormativeDocumentView> get(@PathParam("township") String township,
                                                   @PathParam("id") String id) {
        return ETags.ok(view(documents.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a normative document", description = "A retry with the same `Idempotency-Key` "
            + "answers the first answer without drafting again (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Drafted",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NormativeDocumentView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, or an Idempotency-Key reused with another "
            + "body (SYS-03)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> draft(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid NormativeDocumentRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, NormativeDocumentView.class,
                () -> view(documents.draft(actor.get(), code, DocumentRestMapper.draft(request))),
                view -> "/api/v1/townships/" + view.township() + "/normative-documents/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft or a document in review", description = CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or the document is issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> revise(@PathParam("township") String township,
                                                      @PathParam("id") String id,
                                                      @Parameter(description = "The ETag read", example = "\"3\"")
                                                      @HeaderParam("If-Match") String ifMatch,
                                                      @NotNull @Valid NormativeDocumentRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.revise(actor.get(), QueryParams.township(township), id, expected,
                DocumentRestMapper.draft(request))));
    }

    @POST
    @Path("/{id}/actions/submit-for-review")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a draft to its legality review", description = "DRAFT → IN_REVIEW; opens the "
            + "legality review (subject NORMATIVE_DOCUMENT, reference the document's id) with the materials. "
            + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "In review", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Not a draft, invalid materials, or the review refused: "
            + "LR-04 (the named reviewer is the submitter), LR-05 (already reviewed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> submitForReview(@PathParam("township") String township,
                                                               @PathParam("id") String id,
                                                               @HeaderParam("If-Match") String ifMatch,
                                                               @NotNull @Valid DocumentSubmissionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.submitForReview(actor.get(), QueryParams.township(township), id, expected,
                request.materials(), request.reviewer())));
    }

    @POST
    @Path("/{id}/actions/issue")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a document whose review passed", description = "IN_REVIEW → EFFECTIVE. LR-01: only "
            + "after the legality review passed, dated not before its opinion; LR-06: valid at most five years, two "
            + "when provisional. " + CHANGE + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "In force", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "LR-01 (review not passed), LR-06 (validity too long), a "
            + "number already issued, or not in review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> issue(@PathParam("township") String township,
                                                     @PathParam("id") String id,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @NotNull @Valid DocumentIssueRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.issue(actor.get(), QueryParams.township(township), id, expected,
                new DocumentIssue(request.number(), request.issuedOn(), request.effectiveOn(), request.validUntil()))));
    }

    @POST
    @Path("/{id}/actions/amend")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a document in force was amended", description = "EFFECTIVE → AMENDED. "
            + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Amended", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Neither amending document nor note, an unknown amending "
            + "document, or not in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> amend(@PathParam("township") String township,
                                                     @PathParam("id") String id,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @NotNull @Valid AmendmentRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.amend(actor.get(), QueryParams.township(township), id, expected,
                request.amendedBy(), request.note())));
    }

    @POST
    @Path("/{id}/actions/repeal")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Repeal a document in force", description = "EFFECTIVE → REPEALED. " + CHANGE
            + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Repealed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "No reason, or not in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> repeal(@PathParam("township") String township,
                                                      @PathParam("id") String id,
                                                      @HeaderParam("If-Match") String ifMatch,
                                                      @NotNull @Valid RepealRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.repeal(actor.get(), QueryParams.township(township), id, expected,
                request.repealedOn(), request.reason())));
    }

    @POST
    @Path("/{id}/actions/re-evaluate")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-evaluate a document before its validity ends", description = "LR-06: the new validity "
            + "counts from the evaluation day, at most five years (two when provisional); past the end the document "
            + "has expired and is no longer re-evaluated. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Re-evaluated", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "LR-06 (validity too long, or already expired), or not in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> reevaluate(@PathParam("township") String township,
                                                          @PathParam("id") String id,
                                                          @HeaderParam("If-Match") String ifMatch,
                                                          @NotNull @Valid ReevaluationRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.reevaluate(actor.get(), QueryParams.township(township), id, expected,
                request.evaluatedOn(), request.validUntil(), request.conclusion())));
    }

    @POST
    @Path("/{id}/actions/expire")
    @WriteTransaction
    @Operation(summary = "Record the expiry of a document past its validity", description = "EFFECTIVE → EXPIRED "
            + "(LR-06), once the validity's last day has passed; lists and views already show such a document as "
            + "EXPIRED. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Expired", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Still valid, or not in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NormativeDocumentView> expire(@PathParam("township") String township,
                                                      @PathParam("id") String id,
                                                      @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(documents.expire(actor.get(), QueryParams.township(township), id, expected)));
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(name, "param.boolean");
        };
    }

    private NormativeDocumentView view(NormativeDocument document) {
        return DocumentRestMapper.view(document,
                gate.latest(document.township(), SubjectType.NORMATIVE_DOCUMENT, document.id()), clock.today());
    }
}
