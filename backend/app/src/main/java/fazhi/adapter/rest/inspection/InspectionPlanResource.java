package fazhi.adapter.rest.inspection;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanStatus;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.enforcement.port.in.ManagingInspectionPlans;
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

@TownshipRecord("inspectionPlan")
@Path("/api/v1/townships/{township}/inspection-plans")
@Authenticated
@Tag(name = "Inspection plans", description = "Yearly enterprise inspection plans (涉企行政检查计划): drafted from the "
        + "published items list, filed with the county (备案), published")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or plan, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InspectionPlanResource {

    private static final String ROLES_KEEP = "Roles: staff, leader.";
    private static final String ROLES_LEAD = "Role: leader.";

    private final ManagingInspectionPlans plans;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public InspectionPlanResource(ManagingInspectionPlans plans, CurrentActor actor, IdempotentCreates creates) {
        this.plans = plans;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's inspection plans", description = "Filters combine with AND. "
            + InspectionItemResource.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of plans")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public InspectionPlanPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: year, title, publishedOn, createdAt",
                    example = "year,desc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER), example = "2025") @QueryParam("year") String year,
            @Parameter(schema = @Schema(implementation = InspectionPlanStatus.class)) @QueryParam("status")
            String status,
            @Parameter(description = "Text in the title", example = "2025年度") @QueryParam("q") String text) {
        InspectionPlanQuery query = new InspectionPlanQuery(QueryParams.optionalInteger("year", year),
                QueryParams.enumValue("status", InspectionPlanStatus.class, status), text);
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, InspectionPlanQuery.SORTABLE,
                InspectionPlanQuery.DEFAULT_SORT);
        TownshipCode code = QueryParams.township(township);
        var found = plans.list(actor.get(), code, query, pageRequest);
        var items = plans.plannedItems(code, found.items());
        return new InspectionPlanPage(found.items().stream().map(p -> InspectionRestMapper.view(p, items)).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one inspection plan", description = "With its items and schedule. Answers the ETag to "
            + "send back with a change. " + InspectionItemResource.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<InspectionPlanView> get(@PathParam("township") String township, @PathParam("id") String id) {
        TownshipCode code = QueryParams.township(township);
        return ETags.ok(view(code, plans.get(actor.get(), code, id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a yearly plan", description = "Its items must be published items of the list "
            + "(ENF-14), each scheduled by months or by a quarter. A retry with the same `Idempotency-Key` answers "
            + "the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Drafted",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionPlanView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields; an unpublished item (rule ENF-14); an "
            + "Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<InspectionPlanView> create(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid InspectionPlanRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, InspectionPlanView.class,
                () -> view(code, plans.create(actor.get(), code, InspectionRestMapper.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/inspection-plans/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft plan", description = "Only a DRAFT is edited. Needs `If-Match` with the ETag "
            + "read (SYS-02). " + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone else changed the plan since it was read (SYS-02)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields, not a draft, or an unpublished item (ENF-14)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<InspectionPlanView> update(@PathParam("township") String township, @PathParam("id") String id,
                                                   @Parameter(description = "The ETag read", example = "\"0\"")
                                                   @HeaderParam("If-Match") String ifMatch,
                                                   @NotNull @Valid InspectionPlanRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        TownshipCode code = QueryParams.township(township);
        return ETags.ok(view(
                code, plans.update(actor.get(), code, id, expected, InspectionRestMapper.details(request))));
    }

    @POST
    @Path("/{id}/actions/file")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the county's filing (备案)", description = "DRAFT → FILED, with the day of the "
            + "filing and its reference. Needs `If-Match`. " + ROLES_LEAD)
    @APIResponse(responseCode = "200", description = "Filed", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "422", description = "Not a draft, or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<InspectionPlanView> file(@PathParam("township") String township, @PathParam("id") String id,
                                                 @HeaderParam("If-Match") String ifMatch,
                                                 @NotNull @Valid InspectionPlanFilingRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        TownshipCode code = QueryParams.township(township);
        return ETags.ok(view(code, plans.file(actor.get(), code, id, expected, request.filedOn(),
                request.filingReference())));
    }

    @POST
    @Path("/{id}/actions/publish")
    @WriteTransaction
    @Operation(summary = "Publish a filed plan", description = "FILED → PUBLISHED today; it appears on the public "
            + "list. Needs `If-Match`. " + ROLES_LEAD)
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "422", description = "Not filed yet, or already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    public RestResponse<InspectionPlanView> publish(@PathParam("township") String township,
                                                    @PathParam("id") String id,
                                                    @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        TownshipCode code = QueryParams.township(township);
        return ETags.ok(view(code, plans.publish(actor.get(), code, id, expected)));
    }

    private InspectionPlanView view(TownshipCode township, InspectionPlan plan) {
        return InspectionRestMapper.view(plan, plans.plannedItems(township, List.of(plan)));
    }
}
