package fazhi.enforcement.model;

import java.time.LocalDate;

/** The publication of a penalty decision (公示, ENF-13), withdrawn when the decision is revoked. */
public record Publication(LocalDate publishedOn, LocalDate withdrawnOn) {

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    Publication withdrawnOn(LocalDate on) {
        return new Publication(publishedOn, on);
    }
}
