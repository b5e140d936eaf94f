package fazhi.adapter.rest.training;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.VenueKind;
import fazhi.training.port.in.KeepingTrainingSessions;
import fazhi.training.port.in.SessionQuery;
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

/** The sessions of legal study, training, publicity and meetings (学法、培训、宣讲、会议). */
@TownshipRecord("training-session")
@Path("/api/v1/townships/{township}/training-sessions")
@Authenticated
@Tag(name = "Training sessions", description = "Legal study, training, publicity and meetings (学法、培训、宣讲、会议): "
        + "central group studies (TRN-01), lectures, legal-understander trainings, micro-lectures, publicity events "
        + "and meetings, with speakers, audience, materials handed out; minutes and photos are attachments of record "
        + "type training-session")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or session, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class TrainingSessionResource {

    static final String ROLES_READ = StaffMemberResource.ROLES_READ;
    static final String ROLES_KEEP = StaffMemberResource.ROLES_KEEP;
    static final String SESSION_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private final KeepingTrainingSessions sessions;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public TrainingSessionResource(KeepingTrainingSessions sessions, CurrentActor actor, IdempotentCreates creates) {
        this.sessions = sessions;
        this.actor = actor;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List the township's sessions", description = "Filters combine with AND; `year`, `from` and "
            + "`to` bound the day held. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of sessions")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public TrainingSessionPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: heldOn (default, desc)", example = "heldOn,desc")
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(implementation = SessionType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = MeetingKind.class)) @QueryParam("meetingKind")
            String meetingKind,
            @Parameter(schema = @Schema(implementation = VenueKind.class)) @QueryParam("venueKind") String venueKind,
            @Parameter(schema = @Schema(implementation = Occasion.class)) @QueryParam("occasion") String occasion,
            @Parameter(description = "Year held", schema = @Schema(type = SchemaType.INTEGER), example = "2025")
            @QueryParam("year") String year,
            @Parameter(description = "Held on or after", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Held on or before", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        SessionQuery query = new SessionQuery(QueryParams.enumValue("type", SessionType.class, type),
                QueryParams.enumValue("meetingKind", MeetingKind.class, meetingKind),
                QueryParams.enumValue("venueKind", VenueKind.class, venueKind),
                QueryParams.enumValue("occasion", Occasion.class, occasion), QueryParams.optionalInteger("year", year),
                TrainingParams.date("from", from), TrainingParams.date("to", to));
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, SessionQuery.SORTABLE, SessionQuery.DEFAULT_SORT);
        var found = sessions.list(actor.get(), QueryParams.township(township), query, pageRequest);
        return new TrainingSessionPage(found.items().stream().map(TrainingSessionView::of).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one session", description = "With its attendees and files; answers the ETag to send "
            + "back with a change. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The session",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<TrainingSessionView> get(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The session id", example = SESSION_ID) @PathParam("id") String id) {
        return ETags.ok(TrainingSessionView.of(sessions.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a session", description = "Attendees are people of the township's roster; a "
            + "meeting has its kind; a date after today is refused. A retry with the same `Idempotency-Key` answers "
            + "the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TrainingSessionView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields (an unknown attendee, a meeting without its "
            + "kind, attendees and a head count...), or an Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TrainingSessionView> record(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid TrainingSessionRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, TrainingSessionView.class,
                () -> TrainingSessionView.of(sessions.record(actor.get(), code, TrainingSessionView.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/training-sessions/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a session", description = "Needs `If-Match` with the ETag read (SYS-02). " + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TrainingSessionView> edit(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The session id", example = SESSION_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TrainingSessionRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(TrainingSessionView.of(sessions.edit(actor.get(), QueryParams.township(township), id,
                expected, TrainingSessionView.details(request))));
    }
}
