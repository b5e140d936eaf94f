package fazhi.adapter.rest.enforcementcase;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.model.Procedure;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.ApproveExtension;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Close;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Deliver;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.HoldHearing;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Investigate;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Publish;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.RequestHearing;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.RequestLegalReview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Revoke;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.WaiveHearing;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.shared.model.Actor;
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

/**
 * Enforcement cases (行政处罚案件): filing (立案), editing while under investigation, and the lifecycle as actions, with
 * the Administrative Penalty Law checked by the core at each step (ENF-01..ENF-13).
 */
@TownshipRecord("enforcement-case")
@Path("/api/v1/townships/{township}/enforcement-cases")
@Authenticated
@Tag(name = "Enforcement cases", description = "Administrative penalty cases (行政处罚案件): filing, investigation, "
        + "notice, hearing, legal review, decision, delivery, execution, closing, publication and revocation, each "
        + "step refused with its rule (ENF-01..ENF-13) and legal basis where the law does not allow it")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or case, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EnforcementCaseResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin. The party's identity number and phone are whole for officer and leader, masked for the others.";
    private static final String ROLES_ACT = "Roles: officer, leader.";
    private static final String ROLE_LEADER = "Role: leader.";
    private static final String CHANGE = "Needs `If-Match` with the ETag read (SYS-02); answers the case with its new "
            + "ETag. A date left out means today; a date after today is refused. ";

    private static final String CASE_ID = "3f2b8c1d-6e4a-4b7c-9d1e-2a3b4c5d6e7f";

    private final ProcessingEnforcementCases cases;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public EnforcementCaseResource(ProcessingEnforcementCases cases, CurrentActor actor, IdempotentCreates creates) {
        this.cases = cases;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's enforcement cases",
            description = "Filters combine with AND. `year` is the year of filing; `q` looks in the case number, the "
                    + "decision number and the party's name; `dueWithinDays` keeps cases with a pending deadline "
                    + "(decision, hearing window, delivery, payment) due within that many days, overdue ones included. "
                    + "Items carry the party's name only, never personal data. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of cases")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public EnforcementCasePage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: filedOn (default, desc), caseNumber, decisionDueOn, "
                    + "violationDate", example = "filedOn,desc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = EnforcementField.class)) @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = Procedure.class)) @QueryParam("procedure") String procedure,
            @Parameter(description = "Year of filing", schema = @Schema(type = SchemaType.INTEGER), example = "2025")
            @QueryParam("year") String year,
            @Parameter(description = "The decided outcome", schema = @Schema(implementation = OutcomeKind.class))
            @QueryParam("outcome") String outcome,
            @Parameter(description = "Text in the case number, decision number or party name", example = "张")
            @QueryParam("q") String text,
            @Parameter(description = "A pending deadline due within this many days (0–366), overdue included",
                    schema = @Schema(type = SchemaType.INTEGER), example = "7")
            @QueryParam("dueWithinDays") String dueWithinDays) {
        EnforcementCaseQuery query = new EnforcementCaseQuery(
                QueryParams.enumValue("status", CaseStatus.class, status),
                QueryParams.enumValue("field", EnforcementField.class, field),
                QueryParams.enumValue("procedure", Procedure.class, procedure),
                QueryParams.optionalInteger("year", year),
                QueryParams.enumValue("outcome", OutcomeKind.class, outcome), text,
                QueryParams.optionalInteger("dueWithinDays", dueWithinDays));
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, EnforcementCaseQuery.SORTABLE,
                EnforcementCaseQuery.DEFAULT_SORT);
        var found = cases.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new EnforcementCasePage(found.items().stream().map(EnforcementCaseRestMapper::summary).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one enforcement case", description = "With its steps, the records of each action, the "
            + "computed deadlines and surcharge, the party's earlier violations (ENF-08), the legal review (ENF-07), "
            + "the close checklist (ENF-09) and the actions the caller may take now; answers the ETag to send back "
            + "with a change. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The case",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<EnforcementCaseView> get(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id) {
        return ETags.ok(EnforcementCaseRestMapper.view(cases.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a case (立案)", description = "Two or more officers, each with a certificate valid on "
            + "the filing date (ENF-01, ENF-02); refused when the violation went undiscovered for 2 years (5 where "
            + "life, health or property was harmed; ENF-12). The case gets the next case number of its year "
            + "(锦和执立〔2025〕第3号). A retry with the same `Idempotency-Key` answers the first answer (SYS-03). "
            + ROLES_ACT)
    @APIResponse(responseCode = "201", description = "Filed",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnforcementCaseView.class)))
    @APIResponse(responseCode = "400",
            description = "Malformed JSON, an unknown enum value or a value of the wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields (an identity number or credit code with a wrong "
            + "check character, an unknown officer, facts too long...), a refusal by ENF-01, ENF-02 or ENF-12, or an "
            + "Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> file(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid EnforcementCaseRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, EnforcementCaseView.class,
                () -> EnforcementCaseRestMapper.view(cases.file(actor.get(), code,
                        new FileCase(EnforcementCaseRestMapper.details(request), request.filedOn()))),
                view -> "/api/v1/townships/" + view.township() + "/enforcement-cases/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a case", description = "Party, facts, place, dates, flags and officers, while FILED or "
            + "INVESTIGATING; ENF-01/02 are checked for today and ENF-12 again. `filedOn` is ignored. " + CHANGE
            + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed the case since it was read (SYS-02)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, no longer editable, or ENF-01, ENF-02, ENF-12",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> edit(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EnforcementCaseRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.edit(a, t, id, v,
                EnforcementCaseRestMapper.details(request)));
    }

    @POST
    @Path("/{id}/actions/investigate")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the investigation (调查取证)", description = "FILED → INVESTIGATING. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Investigating", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or not FILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> investigate(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid CaseInvestigateRequest request) {
        CaseInvestigateRequest r = request == null ? new CaseInvestigateRequest(null, null) : request;
        return act(township, id, ifMatch, (a, t, v) -> cases.investigate(a, t, id, v,
                new Investigate(r.startedOn(), r.summary())));
    }

    @POST
    @Path("/{id}/actions/notify")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Notify the intended penalty and the party's rights (事先告知)",
            description = "ENF-05: the intended penalty with the rights to statement and defence; ENF-06: a fine at or "
                    + "above the township's hearing threshold (settings `hearingThresholdIndividual` / "
                    + "`hearingThresholdOrganisation`; the case's `hearingThreshold` is the one for its party) must "
                    + "offer a hearing; ENF-03: on the simple procedure only a warning or a fine up to 200.00 "
                    + "(person) / "
                    + "3000.00 (organisation); ENF-01/02 on the day. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Notified", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "ENF-01, ENF-02, ENF-03 or ENF-06, invalid fields, or the wrong "
            + "status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> notify(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseNotifyRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.notify(a, t, id, v,
                EnforcementCaseRestMapper.notify(request)));
    }

    @POST
    @Path("/{id}/actions/waive-hearing")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the party waived the hearing", description = "After a notice that offered one "
            + "(ENF-06); the decision need not wait for the end of the window. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Waived", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "No hearing offered, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> waiveHearing(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid CaseWaiveHearingRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.waiveHearing(a, t, id, v,
                new WaiveHearing(request == null ? null : request.waivedOn())));
    }

    @POST
    @Path("/{id}/actions/request-hearing")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the party's request for a hearing", description = "ENF-06: within 5 days of the "
            + "notice (day 5 accepted, day 6 refused); no decision until the hearing is held. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Requested", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "ENF-06 (too late), no hearing offered, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> requestHearing(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid CaseRequestHearingRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.requestHearing(a, t, id, v,
                new RequestHearing(request == null ? null : request.requestedOn())));
    }

    @POST
    @Path("/{id}/actions/hold-hearing")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the hearing held (听证)", description = "HEARING_REQUESTED → HEARING_HELD; the "
            + "decision then needs a passed legal review (ENF-07). " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Held", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or no hearing requested",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> holdHearing(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseHoldHearingRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.holdHearing(a, t, id, v,
                new HoldHearing(request.heldOn(), request.summary())));
    }

    @POST
    @Path("/{id}/actions/request-legal-review")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for the legal review of the decision (法制审核)", description = "Opens a legality review "
            + "(subject ENFORCEMENT_DECISION, reference the case id) with the summary as its material; a major case "
            + "(flagged, or a hearing held) may be decided only once it passed (ENF-07). The review's own rules "
            + "apply (LR-04: the reviewer may not be the submitter; LR-05). " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, the wrong status, or LR-04/LR-05",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> requestLegalReview(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseLegalReviewRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.requestLegalReview(a, t, id, v,
                new RequestLegalReview(request.reviewer(), request.summary())));
    }

    @POST
    @Path("/{id}/actions/approve-extension")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve deciding after the 90 days", description = "ENF-04: on the ordinary procedure the "
            + "decision is due 90 days after filing; a leader may move the due date, with a reason. " + CHANGE
            + ROLE_LEADER)
    @APIResponse(responseCode = "200", description = "Extended", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields (a date not after the current due date), the "
            + "simple procedure, or already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> approveExtension(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseExtensionRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.approveExtension(a, t, id, v,
                new ApproveExtension(request.reason(), request.until())));
    }

    @POST
    @Path("/{id}/actions/decide")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the case (处理决定)", description = "A penalty needs a notice first, no heavier than "
            + "notified (ENF-05), the hearing window closed, waived or the hearing held (ENF-06), a passed legal "
            + "review for a major case (ENF-07), the 90 days or the extension kept (ENF-04), the simple procedure's "
            + "limits (ENF-03), the limitation (ENF-12) and a fit team on the day (ENF-01/02); 首违不罚 is refused "
            + "when the party has earlier violations (ENF-08). A penalty gets the next decision number of its year "
            + "(锦和罚决字〔2025〕第7号). " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Decided", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "A refusal by ENF-01..ENF-08 or ENF-12, invalid fields, or the "
            + "wrong status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> decide(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseDecideRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.decide(a, t, id, v,
                EnforcementCaseRestMapper.decide(request)));
    }

    @POST
    @Path("/{id}/actions/deliver")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the delivery of the decision (送达)", description = "ENF-10: on the day of the "
            + "decision when the party was present, within 7 days when absent; later only with `lateReason`. "
            + "ENF-01/02 on the day. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Delivered", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "ENF-10 (late without a reason), ENF-01/02, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> deliver(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseDeliverRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.deliver(a, t, id, v,
                new Deliver(request.deliveredOn(), request.method(), request.lateReason())));
    }

    @POST
    @Path("/{id}/actions/execute")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the execution (执行)", description = "ENF-11: a fine is due 15 days after delivery; "
            + "after that a surcharge of 3 % of the fine a day, never more than the fine; `amountPaid` must cover the "
            + "fine plus the surcharge owed on `executedOn`. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Executed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "ENF-11 (too little paid, naming the amount due), invalid fields, "
            + "nothing to execute, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> execute(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseExecuteRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.execute(a, t, id, v,
                EnforcementCaseRestMapper.execute(request)));
    }

    @POST
    @Path("/{id}/actions/record-process")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the full-process record (全过程记录)", description = "Replaces the record: body-recorder "
            + "footage reference or the case's file of it, documents complete with the case's files that show them "
            + "(a file pointed to is not removed; a file of another record is refused naming the field), "
            + "certificates shown, uniform worn. ENF-09 asks for the first "
            + "three before the case closes. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or the case is finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> recordProcess(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseProcessRecordRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.recordProcess(a, t, id, v,
                EnforcementCaseRestMapper.processRecord(request)));
    }

    @POST
    @Path("/{id}/actions/close")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the case (结案)", description = "ENF-09: only with the full-process record (footage "
            + "reference, documents complete, certificates shown); from EXECUTED, or DELIVERED when there is nothing "
            + "to execute. " + CHANGE + ROLES_ACT)
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "ENF-09 (the record incomplete), or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> close(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid CaseCloseRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.close(a, t, id, v,
                new Close(request == null ? null : request.closedOn())));
    }

    @POST
    @Path("/{id}/actions/publish")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the penalty decision (公示)", description = "ENF-13: a decided penalty, not revoked, "
            + "once; the public list shows it with the party's personal data removed. " + CHANGE + ROLE_LEADER)
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "ENF-13 (no penalty decided, revoked, already published)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> publish(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid CasePublishRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.publish(a, t, id, v,
                new Publish(request == null ? null : request.publishedOn())));
    }

    @POST
    @Path("/{id}/actions/revoke")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke the decision (撤销)", description = "→ REVOKED, with a reason; a publication is "
            + "withdrawn the same day (ENF-13). " + CHANGE + ROLE_LEADER)
    @APIResponse(responseCode = "200", description = "Revoked", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or nothing decided to revoke",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EnforcementCaseView> revoke(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The case id", example = CASE_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRevokeRequest request) {
        return act(township, id, ifMatch, (a, t, v) -> cases.revoke(a, t, id, v,
                new Revoke(request.revokedOn(), request.reason())));
    }

    /** One change of a case by the current actor, based on the version {@code If-Match} names. */
    @FunctionalInterface
    private interface Change {
        CaseOverview apply(Actor actor, TownshipCode township, long expectedVersion);
    }

    private RestResponse<EnforcementCaseView> act(String township, String id, String ifMatch, Change change) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(EnforcementCaseRestMapper.view(
                change.apply(actor.get(), QueryParams.township(township), expected)));
    }
}
