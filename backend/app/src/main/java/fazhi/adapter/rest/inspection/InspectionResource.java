package fazhi.adapter.rest.inspection;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionReason;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.enforcement.port.in.ConductingInspections;
import fazhi.enforcement.port.in.InspectionQuery;
import fazhi.shared.model.CreditCode;
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

@TownshipRecord("inspection")
@Path("/api/v1/townships/{township}/inspections")
@Authenticated
@Tag(name = "Inspections", description = "Enterprise inspections (涉企行政检查): a published item (ENF-14), two or more "
        + "certified officers (ENF-01, ENF-02), a leader's approval before it happens within the yearly cap per "
        + "enterprise (ENF-14), notice, result")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or inspection, or one the caller may not see "
        + "(SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InspectionResource {

    private static final String ROLES_INSPECT = "Roles: officer, leader.";
    private static final String ROLES_LEAD = "Role: leader.";

    private final ConductingInspections inspections;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public InspectionResource(ConductingInspections inspections, CurrentActor actor, IdempotentCreates creates) {
        this.inspections = inspections;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's inspections",
            description = "Filters combine with AND. `year` is the year an inspection counts in: the day it was "
                    + "done, the planned day until then. " + InspectionItemResource.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of inspections")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public InspectionPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: plannedOn, inspectedOn, enterpriseName, createdAt",
                    example = "inspectedOn,desc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = InspectionStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = EnforcementField.class)) @QueryParam("field") String field,
            @Parameter(description = "Inspections under this item") @QueryParam("itemId") String itemId,
            @Parameter(description = "Inspections of this enterprise", example = "91431226MA4L2TH368")
            @QueryParam("creditCode") String creditCode,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER), example = "2025") @QueryParam("year") String year,
            @Parameter(schema = @Schema(implementation = InspectionReason.class)) @QueryParam("reason") String reason,
            @Parameter(schema = @Schema(implementation = InspectionResult.class)) @QueryParam("result") String result,
            @Parameter(description = "Text in the enterprise's name", example = "砂石场") @QueryParam("q")
            String text) {
        InspectionQuery query = new InspectionQuery(
                QueryParams.enumValue("status", InspectionStatus.class, status),
                QueryParams.enumValue("field", EnforcementField.class, field), itemId,
                creditCode == null || creditCode.isBlank() ? null : CreditCode.parse("creditCode", creditCode),
                QueryParams.optionalInteger("year", year),
                QueryParams.enumValue("reason", InspectionReason.class, reason),
                QueryParams.enumValue("result", InspectionResult.class, result), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, InspectionQuery.SORTABLE, InspectionQuery.DEFAULT_SORT);
        var found = inspections.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new InspectionPage(found.items().stream().map(InspectionRestMapper::view).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one inspection", description = "Answers the ETag to send back with a change. "
            + InspectionItemResource.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The inspection",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<InspectionView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(InspectionRestMapper.view(inspections.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose an inspection", description = "PROPOSED until a leader approves it. Refused by "
            + "rule ENF-14 when the item is not a published item of the list, or when a PLANNED one would go beyond "
            + "the yearly cap per enterprise; by ENF-01 with fewer than two officers; by ENF-02 when an officer has no "
            + "certificate valid on the planned day or is suspended. A retry with the same `Idempotency-Key` answers "
            + "the first answer (SYS-03). " + ROLES_INSPECT)
    @APIResponse(responseCode = "201", description = "Proposed",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields (e.g. a credit code with a wrong check "
            + "character), a refusal by ENF-01, ENF-02 or ENF-14 (with `rule` and `legalBasis`), or an "
            + "Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<InspectionView> propose(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid InspectionRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, InspectionView.class,
                () -> InspectionRestMapper.view(inspections.propose(actor.get(), code,
                        InspectionRestMapper.draft(request))),
                view -> "/api/v1/townships/" + view.township() + "/inspections/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a proposal", description = "Only while PROPOSED; checked like a proposal. Needs "
            + "`If-Match` with the ETag read (SYS-02). " + ROLES_INSPECT)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed it since it was read (SYS-02)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, not PROPOSED, or refused by ENF-01, ENF-02, "
            + "ENF-14",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<InspectionView> revise(@PathParam("township") String township, @PathParam("id") String id,
                                               @Parameter(description = "The ETag read", example = "\"0\"")
                                               @HeaderParam("If-Match") String ifMatch,
                                               @NotNull @Valid InspectionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(InspectionRestMapper.view(
                inspections.revise(actor.get(), QueryParams.township(township), id, expected,
                        InspectionRestMapper.draft(request))));
    }

    @POST
    @Path("/{id}/actions/approve")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve before it happens", description = "PROPOSED → APPROVED today. The officers are "
            + "checked again on the planned day (ENF-01, ENF-02) and the enterprise's inspections of that year "
            + "against the caps (ENF-14); beyond a cap only a CASE_TRIGGERED one with `exceedYearlyCap: true`. The "
            + "body may be left out. Needs `If-Match`. " + ROLES_LEAD)
    @APIResponse(responseCode = "200", description = "Approved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "422", description = "Not PROPOSED, or refused by ENF-01, ENF-02, ENF-14 (naming the "
            + "count and the cap)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<InspectionView> approve(@PathParam("township") String township, @PathParam("id") String id,
                                                @HeaderParam("If-Match") String ifMatch,
                                                @Valid InspectionApprovalRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        boolean exceed = request != null && Boolean.TRUE.equals(request.exceedYearlyCap());
        return ETags.ok(InspectionRestMapper.view(
                inspections.approve(actor.get(), QueryParams.township(township), id, expected, exceed)));
    }

    @POST
    @Path("/{id}/actions/notify")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the notice to the enterprise", description = "APPROVED → NOTIFIED, on a day not "
            + "before the approval nor in the future. Needs `If-Match`. " + ROLES_INSPECT)
    @APIResponse(responseCode = "200", description = "Notified", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "422", description = "Not APPROVED, or a bad day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<InspectionView> notifyEnterprise(@PathParam("township") String township,
                                                         @PathParam("id") String id,
                                                         @HeaderParam("If-Match") String ifMatch,
                                                         @NotNull @Valid InspectionNoticeRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(InspectionRestMapper.view(
                inspections.notifyEnterprise(actor.get(), QueryParams.township(township), id, expected,
                        request.notifiedOn())));
    }

    @POST
    @Path("/{id}/actions/record-result")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the result", description = "NOTIFIED → DONE: the day it was done (not before the "
            + "notice, not in the future; the officers' certificates are checked on it, ENF-01/ENF-02), the result, "
            + "the findings, a rectification deadline with RECTIFICATION_ORDERED, a case reference with CASE_OPENED. "
            + "Needs `If-Match`. " + ROLES_INSPECT)
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "422", description = "Not NOTIFIED, invalid fields, or refused by ENF-01, ENF-02",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<InspectionView> recordResult(@PathParam("township") String township,
                                                     @PathParam("id") String id,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @NotNull @Valid InspectionResultRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(InspectionRestMapper.view(
                inspections.recordResult(actor.get(), QueryParams.township(township), id, expected,
                        InspectionRestMapper.result(request))));
    }
}
