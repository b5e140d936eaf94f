package fazhi.adapter.rest.decision;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionStatus;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.RiskAssessment;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.review.port.in.ManagingMajorDecisions;
import fazhi.review.port.in.ReviewGate;
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

@TownshipRecord("major-decision")
@Path("/api/v1/townships/{township}/major-decisions")
@Authenticated
@Tag(name = "Major decisions", description = "Major administrative decisions (重大行政决策): the year's catalogue, "
        + "the procedure (public participation, expert argument, risk assessment, legality review, collective "
        + "discussion; LR-02), adoption and publication")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or decision, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MajorDecisionResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_DECIDE = "Role: leader.";
    private static final String CHANGE = "Needs `If-Match` with the ETag read (SYS-02). ";
    private static final String STEP = "Recorded, or corrected, until the decision is adopted. " + CHANGE + ROLES_KEEP;

    private final ManagingMajorDecisions decisions;
    private final ReviewGate gate;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public MajorDecisionResource(ManagingMajorDecisions decisions, ReviewGate gate, CurrentActor actor,
                                 IdempotentCreates creates) {
        this.decisions = decisions;
        this.gate = gate;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's major decisions", description = "Filters combine with AND. `year` is "
            + "the catalogue's year; `catalogued` keeps those in (or not in) the year's catalogue. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of decisions")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public MajorDecisionPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: catalogueNumber, year, title, adoptedOn, createdAt",
                    example = "catalogueNumber,asc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER), example = "2025") @QueryParam("year") String year,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("catalogued") String catalogued,
            @Parameter(schema = @Schema(implementation = DecisionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Text in the title or sponsor", example = "农贸市场") @QueryParam("q") String text) {
        MajorDecisionQuery query = new MajorDecisionQuery(QueryParams.optionalInteger("year", year),
                bool("catalogued", catalogued), QueryParams.enumValue("status", DecisionStatus.class, status), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, MajorDecisionQuery.SORTABLE,
                MajorDecisionQuery.DEFAULT_SORT);
        var found = decisions.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new MajorDecisionPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one major decision", description = "With its procedure steps; answers the ETag to send "
            + "back with a change. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The decision",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<MajorDecisionView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(view(decisions.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a major decision", description = "It enters its procedure. A retry with the same "
            + "`Idempotency-Key` answers the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Proposed",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MajorDecisionView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields, a catalogue number taken, or an "
            + "Idempotency-Key reused (SYS-03)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> propose(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid MajorDecisionRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, MajorDecisionView.class,
                () -> view(decisions.propose(actor.get(), code, DecisionRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/major-decisions/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a major decision", description = "Until it is adopted. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, a catalogue number taken, or already adopted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> revise(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MajorDecisionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(decisions.revise(actor.get(), QueryParams.township(township), id, expected,
                DecisionRestMapper.details(request))));
    }

    @PUT
    @Path("/{id}/steps/public-participation")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the public participation (公众参与)", description = STEP)
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or already adopted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> recordPublicParticipation(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PublicParticipationRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(
                decisions.recordPublicParticipation(actor.get(), QueryParams.township(township), id, expected,
                        new PublicParticipation(request.commentsFrom(), request.commentsUntil(), request.summary()))));
    }

    @PUT
    @Path("/{id}/steps/expert-argument")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the expert argument (专家论证)", description = STEP)
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or already adopted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> recordExpertArgument(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ExpertArgumentRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(decisions.recordExpertArgument(actor.get(), QueryParams.township(township), id, expected,
                new ExpertArgument(request.heldOn(), request.experts(), request.conclusion()))));
    }

    @PUT
    @Path("/{id}/steps/risk-assessment")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the risk assessment (风险评估)", description = STEP)
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or already adopted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> recordRiskAssessment(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RiskAssessmentRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(decisions.recordRiskAssessment(actor.get(), QueryParams.township(township), id, expected,
                new RiskAssessment(request.assessedOn(), request.level(), request.conclusion()))));
    }

    @POST
    @Path("/{id}/actions/submit-for-review")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the decision to its legality review", description = "Opens the legality review (subject MAJOR_DECISION, reference the decision's id) with the materials; the "
            + "step is done when the review passes. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid materials, already adopted, or the review refused: LR-04 (the named reviewer is the submitter), LR-05 (already reviewed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> submitForReview(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DecisionSubmissionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(decisions.submitForReview(actor.get(), QueryParams.township(township), id, expected,
                request.materials(), request.reviewer())));
    }

    @PUT
    @Path("/{id}/steps/collective-discussion")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the collective discussion (集体讨论)", description = "LR-02: only after public participation, expert argument, risk assessment and a passed legality review, "
            + "dated not before them. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "LR-02 (a step missing or dated after the meeting), invalid fields, or already adopted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> recordCollectiveDiscussion(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CollectiveDiscussionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(
                decisions.recordCollectiveDiscussion(actor.get(), QueryParams.township(township), id, expected,
                        new CollectiveDiscussion(request.meetingOn(), request.minutesRef()))));
    }

    @POST
    @Path("/{id}/actions/adopt")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adopt the decision", description = "IN_PROCEDURE → ADOPTED. LR-02: only after the collective discussion. " + CHANGE
            + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Adopted", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "LR-02 (a step missing), a date before the meeting, or not in procedure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> adopt(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AdoptionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(decisions.adopt(actor.get(), QueryParams.township(township), id, expected,
                request.adoptedOn())));
    }

    @POST
    @Path("/{id}/actions/publish")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an adopted decision", description = "ADOPTED → PUBLISHED. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Not adopted, or a date before the adoption",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MajorDecisionView> publish(
            @PathParam("township") String township, @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PublicationRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(decisions.publish(actor.get(), QueryParams.township(township), id, expected,
                request.publishedOn())));
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

    private MajorDecisionView view(MajorDecision decision) {
        return DecisionRestMapper.view(decision,
                gate.latest(decision.township(), SubjectType.MAJOR_DECISION, decision.id()));
    }
}
