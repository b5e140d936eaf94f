package fazhi.adapter.rest.calendar;

import fazhi.shared.model.CalendarDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CalendarDayView", description = "A day the holiday calendar sets apart from the ordinary week.",
        requiredProperties = {"date", "kind", "name"})
public record CalendarDayView(
        @Schema(examples = "2025-10-01") LocalDate date,
        CalendarDayKind kind,
        @Schema(examples = "国庆节、中秋节") String name) {

    static CalendarDayView of(CalendarDay day) {
        return new CalendarDayView(day.date(), CalendarDayKind.of(day.kind()), day.name());
    }
}
