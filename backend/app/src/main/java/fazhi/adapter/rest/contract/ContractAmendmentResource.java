package fazhi.adapter.rest.contract;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.contract.model.AmendmentTerms;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.ManagingContracts.Approve;
import fazhi.contract.port.in.ManagingContracts.ProposeAmendment;
import fazhi.contract.port.in.ManagingContracts.SubmitForReview;
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
import static fazhi.adapter.rest.contract.ContractResource.ROLE_LEADER;

/**
 * Amendments (补充协议) of a signed contract, CON-02: proposed, reviewed like a contract (LR-03 when the amended
 * contract is major, CON-01; LR-05), approved by a leader and, once signed, changing the contract's counterparty,
 * amount and term as a new version. Each is a change of the contract: it answers the contract.
 */
@TownshipRecord("contract")
@Path("/api/v1/townships/{township}/contracts/{id}/amendments")
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
public class ContractAmendmentResource {

    private final ManagingContracts contracts;
    private final CurrentActor actor;

    public ContractAmendmentResource(ManagingContracts contracts, CurrentActor actor) {
        this.contracts = contracts;
        this.actor = actor;
    }

    @POST
    @WriteTransaction
    @Operation(summary = "Propose an amendment (补充协议)", description = "CON-02: while the contract is performed, "
            + "one at a time, with the counterparty, amount and term as they are to be; the amount never below what "
            + "was paid. It takes the next number. " + CHANGE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "The contract with the amendment",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "CON-02 (below what was paid), invalid fields, another "
            + "amendment not signed yet, or the contract not in performance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> propose(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractAmendmentRequest request) {
        AmendmentTerms terms = new AmendmentTerms(ContractRestMapper.counterparty(request.counterparty()),
                ContractRestMapper.money("amount", request.amount()), ContractRestMapper.term(request.term()));
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.proposeAmendment(a, t, id, v,
                new ProposeAmendment(request.title(), request.reason(), terms)));
    }

    @POST
    @Path("/{number}/actions/submit-for-review")
    @WriteTransaction
    @Operation(summary = "Submit the amendment to legality review (送审)", description = "Opens a legality review "
            + "(subject CONTRACT, reference `<contract id>#<number>`); required before approval and signing when the "
            + "amended contract is major (LR-03, CON-01). The review's own rules apply (LR-04, LR-05). " + CHANGE
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown or signed amendment, already "
            + "submitted, LR-04 or LR-05", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> submitForReview(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The amendment's number", example = "1") @PathParam("number") String number,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractSubmissionRequest request) {
        int amendment = ContractResource.number(number);
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.submitAmendmentForReview(a, t,
                id, v, amendment, new SubmitForReview(request.materials(), request.reviewer())));
    }

    @POST
    @Path("/{number}/actions/approve")
    @WriteTransaction
    @Operation(summary = "Approve the amendment (审批)", description = "LR-03: when the amended contract is major "
            + "(CON-01) or review was asked, only once its review passed; LR-05: a rejected review blocks it. " + CHANGE
            + ROLE_LEADER)
    @APIResponse(responseCode = "200", description = "Approved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "LR-03 or LR-05, an unknown amendment, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> approve(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The amendment's number", example = "1") @PathParam("number") String number,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ContractApprovalRequest request) {
        int amendment = ContractResource.number(number);
        ContractApprovalRequest r = request == null ? new ContractApprovalRequest(null, null) : request;
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.approveAmendment(a, t, id, v,
                amendment, new Approve(r.approvedOn(), r.opinion())));
    }

    @POST
    @Path("/{number}/actions/sign")
    @WriteTransaction
    @Operation(summary = "Record the amendment signed (签订)", description = "APPROVED → SIGNED, LR-03 and LR-05 "
            + "checked again, the signed text one of the contract's files: the amendment's counterparty, amount and "
            + "term become the contract's, as a new version; the earlier versions are kept (CON-02). " + CHANGE
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Signed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "422", description = "LR-03, LR-05 or CON-02, a file that is not the contract's, an "
            + "unknown amendment, or the wrong status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContractView> sign(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The contract id", example = CONTRACT_ID) @PathParam("id") String id,
            @Parameter(description = "The amendment's number", example = "1") @PathParam("number") String number,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ContractSigningRequest request) {
        int amendment = ContractResource.number(number);
        return ContractResource.act(actor, township, ifMatch, (a, t, v) -> contracts.signAmendment(a, t, id, v,
                amendment, ContractResource.sign(request)));
    }
}
