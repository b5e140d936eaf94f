package fazhi.adapter.rest.enforcementcase;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.out.Clock;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

/** The deadlines radar of a township: what falls due soon, or is overdue, across the areas that keep deadlines. */
@Path("/api/v1/townships/{township}/deadlines")
@Authenticated
@Tag(name = "Deadlines", description = "What falls due in a township soon, or is overdue (the SPA's radar)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadlineResource {

    static final String DEFAULT_WITHIN = "P7D";

    /** Every area that keeps deadlines answers for its own records; the radar merges them. */
    private final Instance<Deadlines> deadlines;
    private final CurrentActor actor;
    private final Clock clock;

    public DeadlineResource(@Any Instance<Deadlines> deadlines, CurrentActor actor, Clock clock) {
        this.deadlines = deadlines;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "What falls due within a period, or is overdue",
            description = "Enforcement cases bring their decision (ENF-04), hearing window (ENF-06), delivery (ENF-10) "
                    + "and payment (ENF-11) deadlines; contracts in performance their end (CONTRACT_EXPIRY, listed "
                    + "from the township's notice days before it whatever the period, CON-03) and their milestones "
                    + "(CONTRACT_MILESTONE); other areas add theirs. Overdue ones are always listed. Sorted "
                    + "by due date. Roles: staff, officer, legal-reviewer, leader, auditor, county-system, admin.")
    @APIResponse(responseCode = "200", description = "The deadlines")
    @APIResponse(responseCode = "422", description = "`within` is not an ISO 8601 period from P0D to P366D",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlineListView list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "How far ahead to look, an ISO 8601 period of days, weeks or months "
                    + "(default P7D, at most P366D)", example = "P7D",
                    schema = @Schema(defaultValue = DEFAULT_WITHIN)) @QueryParam("within") String within) {
        String text = within == null || within.isBlank() ? DEFAULT_WITHIN : within.strip();
        Period period = period(text);
        TownshipCode code = QueryParams.township(township);
        List<DeadlineView> items = deadlines.stream()
                .flatMap(area -> area.dueWithin(actor.get(), code, period).stream())
                .sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::recordType)
                        .thenComparing(Deadline::recordId).thenComparing(Deadline::kind))
                .map(d -> new DeadlineView(d.kind(), d.dueOn(), d.overdue(), d.daysLeft(), d.recordType(),
                        d.recordId(), d.label()))
                .toList();
        LocalDate today = clock.today();
        return new DeadlineListView(today, text, today.plus(period), items);
    }

    private static Period period(String text) {
        try {
            Period period = Period.parse(text);
            // a period no calendar can add (P999999999Y) is as unreadable as a malformed one
            LocalDate.of(2000, 1, 1).plus(period);
            return period;
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInput("within", "deadlines.within.format");
        }
    }
}
