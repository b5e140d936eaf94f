package fazhi.adapter.rest.contract;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractType;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.ManagingContracts.Approve;
import fazhi.contract.port.in.ManagingContracts.Archive;
import fazhi.contract.port.in.ManagingContracts.Complete;
import fazhi.contract.port.in.ManagingContracts.Sign;
import fazhi.contract.port.in.ManagingContracts.SubmitForReview;
import fazhi.contract.port.in.ManagingContracts.Terminate;
import fazhi.shared.model.Actor;
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

import java.util.List;

/**
 * The contract ledger (合同台账): registering a contract, editing it, and its lifecycle as actions, with CON-01,
 * CON-02, LR-03 and LR-05 checked by the core at each step.
 */
@TownshipRecord("contract")
@Path("/api/v1/townships/{township}/contracts")
@Authenticated
@Tag(name = "Contracts", description = "The contract ledger (合同台账): registration, legality review (LR-03 for a "
        + "major contract, CON-01), the leader's approval, signing, performance with milestones and payments, "
        + "amendments (CON-02), expiry marks (CON-03), completion or termination and the archive, each step refused "
        + "with its rule and legal basis where the township's 合同管理办法 does not allow it")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or contract, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class ContractResource {

    static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, admin. "
            + "A person's identity number and phone are whole for staff, legal-reviewer and leader, masked for the "
            + "others.";
    static final String ROLES_KEEP = "Roles: staff, leader.";
    static final String ROLE_LEADER = "Role: leader.";
    static final String CHANGE = "Needs `If-Match` with the ETag read (SYS-02); answers the contract with its new "
            + "ETag. A date left out means today; a date after today is refused. ";
    static final String CONTRACT_ID = "9d2c4b1a-3e5f-4a6b-8c7d-1e2f3a4b5c6d";

    private final ManagingContracts contracts;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public ContractResource(ManagingContracts contracts, CurrentActor actor, IdempotentCreates creates) {
        this.contracts = contracts;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's contracts (合同台账)",
            description = "Filters combine with AND. `major` is CON-01 with the township's threshold as it stands; "
                    + "`q` looks in the number, title and counterparty's name; `year` is the year of the number; "
                    + "`endingWithinDays` keeps contracts in performance ending within that many days (CON-03); "
                    + "`overdue` keeps those in performance past their end or with a milestone past its due day. "
                    + "Items carry the CON-03 marks and the counterparty's name only, never personal data. "
                    + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of contracts")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public ContractPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: number (default, desc), endOn, amount",
                    example = "number,desc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = ContractStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ContractType.class)) @QueryParam("type") String type,
            @Parameter(description = "Major (CON-01) or not", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("major") String major,
            @Parameter(description = "Text in the number, title or counterparty's name", example = "兴旺")
            @QueryParam("q") String text,
            @Parameter(description = "Year of the number (registration)", schema = @Schema(type = SchemaType.INTEGER),
                    example = "2025") @QueryParam("year") String year,
            @Parameter(description = "In performance and ending within this many days (0–366), CON-03",
                    schema = @Schema(type = SchemaType.INTEGER), example = "30")
            @QueryParam("endingWithinDays") String endingWithinDays,
            @Parameter(description = "In performance and past its end or with an overdue milestone (CON-03)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue) {
        ContractQuery query = new ContractQuery(QueryParams.enumValue("status", ContractStatus.class, status),
                QueryParams.enumValue("type", ContractType.class, type), bool("major", major), text,
                QueryParams.optionalInteger("year", year),
                QueryParams.optionalInteger("endingWithinDays", endingWithinDays), bool("overdue", overdue));
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, ContractQuery.SORTABLE, ContractQuery.DEFAULT_SORT);
        var found = contracts.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new ContractPage(found.items().stream().map(ContractRestMapper::summary).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one contract", description = "With whether it is major and why (CON-01), its legality "
            + "review, approval, signing, performance as of today (paid, unpaid, next milestone, CON-03 marks), "
            + "milestones, payments, amendments, versions and the actions the caller may take now; answers the ETag "
            + "to send back with a change. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The contract",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<ContractView> get(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id) {
        return ETags.ok(ContractRestMapper.view(contracts.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a contract (登记)", description = "A draft with the next contract number of the "
            + "year (锦和合〔2025〕第3号); the counterparty's credit code (GB 32100) or identity number (GB 11643) is "
            + "checked. A retry with the same `Idempotency-Key` answers the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields (a code with a wrong check character, an end "
            + "before the start...), or an Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> register(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid ContractRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, ContractView.class,
                () -> ContractRestMapper.view(contracts.register(actor.get(), code,
                        ContractRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/contracts/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a contract", description = "A draft changes freely until its review passed; an "
            + "approved one is not edited; a signed one keeps its counterparty, amount and term, which change only "
            + "through an amendment (CON-02), and its type and procurement. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, not editable now, or CON-02",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> edit(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractRequest request) {
        return act(township, ifMatch, (a, t, v) -> contracts.edit(a, t, id, v, ContractRestMapper.details(request)));
    }

    @POST
    @Path("/{id}/actions/submit-for-review")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the contract to legality review (送审)", description = "Opens a legality review "
            + "(subject CONTRACT, reference the contract id) with the materials; required before approval and "
            + "signing for a major contract (LR-03, CON-01), on request otherwise. A contract approved without review "
            + "may still be sent, and is then approved again. The review's own rules apply (LR-04, LR-05). " + CHANGE
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, already submitted, the wrong status, LR-04 or "
            + "LR-05", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> submitForReview(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractSubmissionRequest request) {
        return act(township, ifMatch, (a, t, v) -> contracts.submitForReview(a, t, id, v,
                new SubmitForReview(request.materials(), request.reviewer())));
    }

    @POST
    @Path("/{id}/actions/approve")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the contract (审批)", description = "DRAFT or IN_REVIEW → APPROVED. LR-03: a major "
            + "contract (CON-01), or one sent to review, only once its review passed and not before its opinion; "
            + "LR-05: a rejected review blocks it. " + CHANGE + ROLE_LEADER)
    @APIResponse(responseCode = "200", description = "Approved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "LR-03 or LR-05, invalid fields, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> approve(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ContractApprovalRequest request) {
        ContractApprovalRequest r = request == null ? new ContractApprovalRequest(null, null) : request;
        return act(township, ifMatch, (a, t, v) -> contracts.approve(a, t, id, v,
                new Approve(r.approvedOn(), r.opinion())));
    }

    @POST
    @Path("/{id}/actions/sign")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the signing (签订)", description = "APPROVED → PERFORMING, with the signatories and "
            + "the signed text (an attachment of the contract, uploaded first). LR-03 is checked again on the day: a "
            + "major contract (CON-01, the threshold as it stands) needs a passed review; LR-05: a rejected one "
            + "blocks. The signed terms become version 1 (CON-02). " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Signed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "LR-03 or LR-05, a file that is not the contract's, a date "
            + "before the approval or the review's opinion, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> sign(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractSigningRequest request) {
        return act(township, ifMatch, (a, t, v) -> contracts.sign(a, t, id, v, sign(request)));
    }

    @POST
    @Path("/{id}/actions/complete")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the contract was performed (履行完毕)", description = "PERFORMING → COMPLETED, "
            + "once every milestone is done or waived. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Pending milestones, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> complete(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ContractCompletionRequest request) {
        return act(township, ifMatch, (a, t, v) -> contracts.complete(a, t, id, v,
                new Complete(request == null ? null : request.completedOn())));
    }

    @POST
    @Path("/{id}/actions/terminate")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Terminate the contract (终止)", description = "PERFORMING → TERMINATED, with a reason. "
            + CHANGE + ROLE_LEADER)
    @APIResponse(responseCode = "200", description = "Terminated", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> terminate(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractTerminationRequest request) {
        return act(township, ifMatch, (a, t, v) -> contracts.terminate(a, t, id, v,
                new Terminate(request.terminatedOn(), request.reason())));
    }

    @POST
    @Path("/{id}/actions/archive")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archive the contract (归档)", description = "COMPLETED or TERMINATED → ARCHIVED; its files "
            + "then stay as they are. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Archived", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "The wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> archive(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ContractArchiveRequest request) {
        return act(township, ifMatch, (a, t, v) -> contracts.archive(a, t, id, v,
                new Archive(request == null ? null : request.archivedOn())));
    }

    // ---- shared by the contract's resources ----

    static Sign sign(ContractSigningRequest request) {
        return new Sign(request.signedOn(), request.signatories() == null ? List.of() : request.signatories(),
                request.signedFileId());
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name, "param.boolean");
        };
    }

    /** One change of a contract by the current actor, based on the version {@code If-Match} names. */
    @FunctionalInterface
    interface Change {
        ContractOverview apply(Actor actor, TownshipCode township, long expectedVersion);
    }

    private RestResponse<ContractView> act(String township, String ifMatch, Change change) {
        return act(actor, township, ifMatch, change);
    }

    /** A change of a contract by the current actor, answered as the contract's view with its new ETag. */
    static RestResponse<ContractView> act(CurrentActor actor, String township, String ifMatch, Change change) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(ContractRestMapper.view(change.apply(actor.get(), QueryParams.township(township), expected)));
    }

    /** The number of a milestone or an amendment in a path; a bad one is refused naming it. */
    static int number(String value) {
        int number = QueryParams.integer("number", value, 0);
        if (number < 1) {
            throw new InvalidInput("number", "param.integer");
        }
        return number;
    }
}
