package fazhi.adapter.rest.calendar;

import fazhi.shared.model.CalendarDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of {@link CalendarDay} under a name of their own in the OpenAPI document. */
@Schema(name = "CalendarDayKind", description = "HOLIDAY (放假) or WORKDAY (调休上班)")
public enum CalendarDayKind {
    HOLIDAY,
    WORKDAY;

    CalendarDay.Kind toDomain() {
        return CalendarDay.Kind.valueOf(name());
    }

    static CalendarDayKind of(CalendarDay.Kind kind) {
        return valueOf(kind.name());
    }
}
