package fazhi.adapter.rest.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CalendarYearView", description = "A year's special days, in date order; every other Monday to "
        + "Friday is a working day, every other weekend day is not.", requiredProperties = {"year", "days"})
public record CalendarYearView(@Schema(examples = "2025") int year, List<CalendarDayView> days) {
}
