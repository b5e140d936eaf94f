package fazhi.adapter.rest.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.audit.model.Verification;
import fazhi.audit.port.in.ReadingAuditTrail;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/audit-events")
@Authenticated
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = "Neither auditor nor leader of the township",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "A township the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    private static final TypeReference<Map<String, AuditEventView.FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final ReadingAuditTrail trail;
    private final CurrentActor actor;
    private final ObjectMapper json;

    public AuditResource(ReadingAuditTrail trail, CurrentActor actor, ObjectMapper json) {
        this.trail = trail;
        this.actor = actor;
        this.json = json;
    }

    @GET
    @Operation(summary = "Read the audit log", description = "Every change of every record (SYS-01), newest first by "
            + "default. Roles: auditor (the townships they are assigned), leader (their own township).")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public AuditEventPage list(
            @Parameter(example = "jinhe") @QueryParam("township") String township,
            @Parameter(example = "officer") @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId,
            @Parameter(example = "staff") @QueryParam("actor") String actorName,
            @Parameter(description = "From (inclusive), with offset", example = "2025-01-01T00:00:00+08:00")
            @QueryParam("from") String from,
            @Parameter(description = "To (exclusive), with offset", example = "2026-01-01T00:00:00+08:00")
            @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`occurredAt` or `sequence`, with `,asc` or `,desc`", example = "occurredAt,desc")
            @QueryParam("sort") String sort) {
        AuditFilter filter = new AuditFilter(township == null || township.isBlank() ? null
                : QueryParams.township(township), blankToNull(recordType), blankToNull(recordId),
                blankToNull(actorName), QueryParams.instant("from", from), QueryParams.instant("to", to));
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, ReadingAuditTrail.SORTABLE,
                ReadingAuditTrail.DEFAULT_SORT);
        var found = trail.list(actor.get(), filter, pageRequest);
        return new AuditEventPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/verify")
    @WriteTransaction
    @Operation(summary = "Verify a township's audit chain", description = "Recomputes every event's SHA-256 hash and "
            + "link in sequence order and names the first event that does not hold. Roles: auditor, leader (own "
            + "township).")
    @APIResponse(responseCode = "200", description = "The verification result")
    @APIResponse(responseCode = "422", description = "township missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verify(@Parameter(required = true, example = "jinhe") @QueryParam("township") String township) {
        if (township == null || township.isBlank()) {
            throw new InvalidInput("township", "field.required");
        }
        Verification result = trail.verify(actor.get(), QueryParams.township(township));
        return new VerificationView(result.township().value(), result.intact(), result.eventsChecked(),
                result.firstBreak().map(b -> new VerificationView.BrokenEvent(b.event().id(), b.event().sequence(),
                        b.reason().name())).orElse(null),
                result.verifiedAt());
    }

    private AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.id(), e.township().value(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
                e.recordType(), e.recordId(), changes(e.changes()), e.previousHash(), e.hash());
    }

    /** The stored text is JSON; an event tampered into something else still shows, as raw text. */
    private Map<String, AuditEventView.FieldChange> changes(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            return Map.of("_raw", new AuditEventView.FieldChange(null, text));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
