package fazhi.adapter.rest.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDayRequest", description = "A special day as the administrator puts it on the calendar.")
public record CalendarDayRequest(
        @Schema(description = "HOLIDAY (放假, even on a weekday) or WORKDAY (调休上班, even on a weekend)",
                examples = "HOLIDAY") @NotNull CalendarDayKind kind,
        @Schema(description = "What the day is", examples = "国庆节") @NotBlank @Size(max = 50) String name) {
}
