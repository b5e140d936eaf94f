package fazhi.adapter.rest.calendar;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.port.in.KeepingHolidayCalendar;
import fazhi.shared.port.out.Clock;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The county-wide holiday calendar. A day is put or deleted whole, so changes carry no {@code If-Match}: a
 * second administrator's PUT of the same date replaces the day as a whole, and both changes are audited.
 */
@Path("/api/v1/holiday-calendar")
@Authenticated
@Tag(name = "Holiday calendar", description = "The holiday calendar (节假日安排) working days are counted over: "
        + "public holidays and adjusted working weekend days (调休), shipped with the State Council's schedules")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class HolidayCalendarResource {

    private static final String ROLE_ADMIN = "Changes are county-wide and audited in the audit chain `county`. "
            + "No If-Match: the day is replaced whole. Role: admin.";

    private final KeepingHolidayCalendar calendar;
    private final CurrentActor actor;
    private final Clock clock;

    public HolidayCalendarResource(KeepingHolidayCalendar calendar, CurrentActor actor, Clock clock) {
        this.calendar = calendar;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "A year's holidays and adjusted working days",
            description = "Every authenticated role.")
    @APIResponse(responseCode = "200", description = "The year's special days, in date order")
    @APIResponse(responseCode = "422", description = "A bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYearView year(
            @Parameter(description = "The year; this year when left out",
                    schema = @Schema(type = SchemaType.INTEGER), example = "2025") @QueryParam("year") String year) {
        int chosen = QueryParams.integer("year", year, clock.today().getYear());
        return new CalendarYearView(chosen,
                calendar.year(actor.get(), chosen).stream().map(CalendarDayView::of).toList());
    }

    @PUT
    @Path("/{date}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a day on the calendar (create or replace)", description = ROLE_ADMIN)
    @APIResponse(responseCode = "200", description = "The day as it now stands")
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad date or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarDayView put(
            @Parameter(description = "The day", example = "2025-10-01") @PathParam("date") String date,
            @NotNull @Valid CalendarDayRequest request) {
        CalendarDay day = new CalendarDay(date(date), request.kind().toDomain(), request.name());
        return CalendarDayView.of(calendar.put(actor.get(), day));
    }

    @DELETE
    @Path("/{date}")
    @WriteTransaction
    @Operation(summary = "Take a day off the calendar",
            description = "The day is an ordinary weekday or weekend day again. " + ROLE_ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "The day is not on the calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@Parameter(description = "The day", example = "2025-10-01")
                                     @PathParam("date") String date) {
        calendar.delete(actor.get(), date(date));
        return RestResponse.noContent();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "calendar.date.format");
        }
    }
}
