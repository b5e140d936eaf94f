package fazhi.review.port.in;

import fazhi.review.model.LinkedRecordType;
import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.Set;

/** Filters of an adviser's consultations; null means "any". {@code from} and {@code to} are days, both included. */
public record ConsultationQuery(LocalDate from, LocalDate to, LinkedRecordType linkedRecordType, String text) {

    public static final Set<String> SORTABLE = Set.of("consultedOn", "createdAt");
    public static final String DEFAULT_SORT = "consultedOn,desc";

    public ConsultationQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "governance.range", from.toString());
        }
        text = QueryText.of(text);
    }

    public static ConsultationQuery all() {
        return new ConsultationQuery(null, null, null, null);
    }
}
