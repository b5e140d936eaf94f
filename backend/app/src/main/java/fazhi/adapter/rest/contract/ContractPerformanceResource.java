package fazhi.adapter.rest.contract;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.ManagingContracts.AddMilestone;
import fazhi.contract.port.in.ManagingContracts.CompleteMilestone;
import fazhi.contract.port.in.ManagingContracts.RecordPayment;
import fazhi.contract.port.in.ManagingContracts.WaiveMilestone;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import static fazhi.adapter.rest.contract.ContractResource.CHANGE;
import static fazhi.adapter.rest.contract.ContractResource.CONTRACT_ID;
import static fazhi.adapter.rest.contract.ContractResource.ROLES_KEEP;

/**
 * A contract's performance (履约): the milestones of its plan, met or waived, and the payments against its payment
 * milestones, never beyond the amount as amended (CON-02). Each is a change of the contract: it answers the contract.
 */
@TownshipRecord("contract")
@Path("/api/v1/townships/{township}/contracts/{id}")
@Authenticated
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or contract, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
@APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
@APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
public class ContractPerformanceResource {

    private final ManagingContracts contracts;
    private final CurrentActor actor;

    public ContractPerformanceResource(ManagingContracts contracts, CurrentActor actor) {
        this.contracts = contracts;
        this.actor = actor;
    }

    @POST
    @Path("/milestones")
    @WriteTransaction
    @Operation(summary = "Add a milestone to the performance plan (履约节点)", description = "Until the performance "
            + "ends; it takes the next number. Payment milestones together stay within the contract's amount. "
            + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "The contract with the milestone",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "Invalid fields, payments planned beyond the amount, or the "
            + "contract finished", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> addMilestone(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractMilestoneRequest request) {
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.addMilestone(a, t, id, v,
                new AddMilestone(request.kind(), request.title(), request.dueOn(),
                        ContractRestMapper.money("amount", request.amount()))));
    }

    @POST
    @Path("/milestones/{number}/actions/complete")
    @WriteTransaction
    @Operation(summary = "Record a milestone met (完成)", description = "A pending deliverable or acceptance milestone "
            + "of a contract in performance, with evidence among the contract's files; a payment milestone is met by "
            + "its payments. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "An unknown or not pending milestone, a payment milestone, a "
            + "file that is not the contract's, or the contract not in performance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> completeMilestone(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The milestone's number", example = "2") @PathParam("number") String number,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ContractMilestoneCompletionRequest request) {
        int milestone = ContractResource.number(number);
        ContractMilestoneCompletionRequest r = request == null
                ? new ContractMilestoneCompletionRequest(null, null, null) : request;
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.completeMilestone(a, t, id, v,
                milestone, new CompleteMilestone(r.doneOn(), r.note(), r.evidenceFileIds())));
    }

    @POST
    @Path("/milestones/{number}/actions/waive")
    @WriteTransaction
    @Operation(summary = "Waive a milestone (免除)", description = "A pending milestone of a contract in performance, "
            + "with a reason. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Waived", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "No reason, an unknown or not pending milestone, or the contract "
            + "not in performance", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> waiveMilestone(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The milestone's number", example = "2") @PathParam("number") String number,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractMilestoneWaiverRequest request) {
        int milestone = ContractResource.number(number);
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.waiveMilestone(a, t, id, v,
                milestone, new WaiveMilestone(request.waivedOn(), request.reason())));
    }

    @POST
    @Path("/payments")
    @WriteTransaction
    @Operation(summary = "Record a payment (付款)", description = "Against a pending payment milestone of a contract in "
            + "performance: never beyond the contract's amount as amended (CON-02: more needs an amendment first), "
            + "nor beyond what is unpaid of the milestone, which is met once paid in full. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "The contract with the payment", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "CON-02 (beyond the amount as amended), beyond the milestone, "
            + "not a pending payment milestone, or the contract not in performance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> recordPayment(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractPaymentRequest request) {
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.recordPayment(a, t, id, v,
                new RecordPayment(request.milestoneNumber(), request.paidOn(),
                        ContractRestMapper.money("amount", request.amount()), request.voucher())));
    }
}
