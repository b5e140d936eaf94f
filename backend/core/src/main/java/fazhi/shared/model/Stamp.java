package fazhi.shared.model;

import java.time.Instant;

/** When and by whom a record was created or last changed. */
public record Stamp(Instant at, String by) {
}
