package fazhi.adapter.rest.review;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.review.port.in.ReviewingLegality;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@TownshipRecord("legalityReview")
@Path("/api/v1/townships/{township}/legality-reviews")
@Authenticated
@Tag(name = "Legality reviews", description = "Legality reviews (合法性审查) of normative documents, major decisions, "
        + "major contracts and major enforcement decisions, in rounds (LR-01, LR-02, LR-04, LR-05)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or review, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LegalityReviewResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";
    private static final String ROLES_SUBMIT = "Roles: staff, officer, leader.";
    private static final String ROLES_DECIDE = "Needs `If-Match`. Role: legal-reviewer, the one assigned, who did "
            + "not submit the subject (LR-04). Normative documents: before the fifth working day only with "
            + "`earlyReason` (LR-01); major decisions: not before the seventh working day (LR-02).";
    private static final String OPINION_REFUSED = "Invalid fields, a round already answered, or a rule refused it: "
            + "LR-01 (early without reason), LR-02 (under seven working days), LR-04 (own submission)";

    private final ReviewingLegality reviews;
    private final CurrentActor actor;
    private final IdempotentCreates creates;
    private final Clock clock;

    public LegalityReviewResource(ReviewingLegality reviews, CurrentActor actor, IdempotentCreates creates,
                                  Clock clock) {
        this.reviews = reviews;
        this.actor = actor;
        this.creates = creates;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List the township's legality reviews",
            description = "Filters combine with AND and look at the current round. The reviewer's inbox: "
                    + "`?reviewer=me&status=PENDING&sort=dueOn,asc`. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of reviews")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public LegalityReviewPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: dueOn, submittedOn, createdAt",
                    example = "dueOn,asc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = SubjectType.class))
            @QueryParam("subjectType") String subjectType,
            @Parameter(description = "The subject's id or number", example = "HT-2025-018")
            @QueryParam("subjectRef") String subjectRef,
            @Parameter(description = "The current round's outcome (PENDING, APPROVED, APPROVED_WITH_CHANGES, "
                    + "REJECTED)", schema = @Schema(implementation = ReviewOutcome.class))
            @QueryParam("status") String status,
            @Parameter(description = "The current round's reviewer; `me` is the caller", example = "me")
            @QueryParam("reviewer") String reviewer,
            @Parameter(description = "Who submitted first", example = "staff") @QueryParam("submittedBy")
            String submittedBy,
            @Parameter(description = "true: no opinion and past the due day; false: the others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Year of the first submission", schema = @Schema(type = SchemaType.INTEGER),
                    example = "2025") @QueryParam("year") String year) {
        ReviewQuery query = new ReviewQuery(QueryParams.enumValue("subjectType", SubjectType.class, subjectType),
                subjectRef, QueryParams.enumValue("status", ReviewOutcome.class, status), reviewer, submittedBy,
                bool("overdue", overdue), QueryParams.optionalInteger("year", year));
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, ReviewQuery.SORTABLE, ReviewQuery.DEFAULT_SORT);
        var found = reviews.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new LegalityReviewPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "A year's figures", description = "Counts by subject type and outcome of the reviews first "
            + "submitted in the year, and the average working days from submission to opinion over the rounds "
            + "answered in it. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "422", description = "A bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewStatisticsView statistics(
            @PathParam("township") String township,
            @Parameter(description = "The year; this year when left out", schema = @Schema(type = SchemaType.INTEGER),
                    example = "2025") @QueryParam("year") String year) {
        int chosen = QueryParams.integer("year", year, clock.today().getYear());
        return LegalityReviewRestMapper.statistics(
                reviews.statistics(actor.get(), QueryParams.township(township), chosen));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one review with all its rounds",
            description = "Answers the ETag to send back with an action. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The review",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<LegalityReviewView> get(@PathParam("township") String township, @PathParam("id") String id) {
        return ETags.ok(view(reviews.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a subject for review", description = "Opens round 1, its window counted in working "
            + "days from today. One review per subject: a rejected subject is resubmitted, not submitted anew "
            + "(LR-05). A retry with the same `Idempotency-Key` answers the first answer (SYS-03). " + ROLES_SUBMIT)
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LegalityReviewView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields; the subject already has a review (LR-05); the "
            + "submitter named as reviewer (LR-04); an Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalityReviewView> submit(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid ReviewSubmissionRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, LegalityReviewView.class,
                () -> view(reviews.submit(actor.get(), code, LegalityReviewRestMapper.submission(request))),
                view -> "/api/v1/townships/" + view.township() + "/legality-reviews/" + view.id());
    }

    @POST
    @Path("/{id}/actions/assign")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the open round to a legal reviewer", description = "Never to one who submitted the "
            + "subject (LR-04); a legal reviewer may take a round on themselves. Needs `If-Match`. "
            + "Roles: leader, legal-reviewer.")
    @APIResponse(responseCode = "200", description = "Assigned", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, a round already answered, or the submitter "
            + "as reviewer (LR-04)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalityReviewView> assign(@PathParam("township") String township, @PathParam("id") String id,
                                                   @Parameter(description = "The ETag read", example = "\"0\"")
                                                   @HeaderParam("If-Match") String ifMatch,
                                                   @NotNull @Valid AssignmentRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(
                reviews.assign(actor.get(), QueryParams.township(township), id, expected, request.reviewer())));
    }

    @POST
    @Path("/{id}/actions/approve")
    @WriteTransaction
    @Operation(summary = "Opinion: approved (通过)", description = ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Approved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = OPINION_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalityReviewView> approve(@PathParam("township") String township,
                                                    @PathParam("id") String id,
                                                    @HeaderParam("If-Match") String ifMatch,
                                                    @RequestBody(required = false, description = "May be left out")
                                                    @Valid ApprovalRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        String earlyReason = request == null ? null : request.earlyReason();
        return decide(township, id, expected, new ReviewOpinion.Approved(earlyReason));
    }

    @POST
    @Path("/{id}/actions/approve-with-changes")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opinion: approved with changes (修改后通过)", description = ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Approved with the changes listed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = OPINION_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalityReviewView> approveWithChanges(@PathParam("township") String township,
                                                               @PathParam("id") String id,
                                                               @HeaderParam("If-Match") String ifMatch,
                                                               @NotNull @Valid ApprovalWithChangesRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return decide(township, id, expected,
                new ReviewOpinion.ApprovedWithChanges(request.requiredChanges(), request.earlyReason()));
    }

    @POST
    @Path("/{id}/actions/reject")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opinion: rejected (不通过)", description = "Blocks the subject until a new round passes "
            + "(LR-05). " + ROLES_DECIDE)
    @APIResponse(responseCode = "200", description = "Rejected", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = OPINION_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalityReviewView> reject(@PathParam("township") String township, @PathParam("id") String id,
                                                   @HeaderParam("If-Match") String ifMatch,
                                                   @NotNull @Valid RejectionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return decide(township, id, expected, new ReviewOpinion.Rejected(request.reasons(), request.earlyReason()));
    }

    @POST
    @Path("/{id}/actions/resubmit")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resubmit a rejected subject: a new round", description = "Opens round n+1 with new "
            + "materials and a new window; earlier rounds are kept (LR-05). Needs `If-Match`. Roles: the submitter "
            + "(staff, officer, leader), or a leader.")
    @APIResponse(responseCode = "200", description = "The new round is open", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or the review is not rejected (LR-05)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LegalityReviewView> resubmit(@PathParam("township") String township,
                                                     @PathParam("id") String id,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @NotNull @Valid ResubmissionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(reviews.resubmit(actor.get(), QueryParams.township(township), id, expected,
                request.materials())));
    }

    private RestResponse<LegalityReviewView> decide(String township, String id, long expected,
                                                    ReviewOpinion opinion) {
        return ETags.ok(view(reviews.decide(actor.get(), QueryParams.township(township), id, expected, opinion)));
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(name, "param.boolean");
        };
    }

    private LegalityReviewView view(LegalityReview review) {
        return LegalityReviewRestMapper.view(review, clock.today());
    }
}
