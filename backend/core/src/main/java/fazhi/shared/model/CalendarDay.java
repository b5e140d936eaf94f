package fazhi.shared.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the holiday calendar (节假日安排) sets apart from the ordinary week: a public holiday (节假日) or a
 * weekend day made a working day (调休上班).
 */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public static final int MAX_NAME_LENGTH = 50;

    public enum Kind {
        /** 放假: no work, even on a weekday. */
        HOLIDAY,
        /** 调休上班: work, even on a weekend. */
        WORKDAY
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        if (kind == null) {
            throw new InvalidInput("kind", "field.required");
        }
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty()) {
            throw new InvalidInput("name", "field.required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInput("name", "field.tooLong", MAX_NAME_LENGTH);
        }
    }
}
