package fazhi.shared.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something of a record that falls due, as the deadlines radar lists it: its kind (e.g. {@code DECISION},
 * {@code PAYMENT}; each area names its own), the due date, whether it has passed, the days left (negative when
 * late), and which record it belongs to, with a label people read.
 */
public record Deadline(String kind, LocalDate dueOn, boolean overdue, long daysLeft, String recordType,
                       String recordId, String label) {

    public Deadline {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(recordType);
        Objects.requireNonNull(recordId);
    }
}
