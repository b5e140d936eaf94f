package fazhi.enforcement.model;

import java.time.LocalDate;

/**
 * The hearing (听证) offered with the notice (ENF-06): waived by the party, or requested and then held. Each
 * date is null until it happens.
 */
public record Hearing(LocalDate waivedOn, LocalDate requestedOn, LocalDate heldOn, String summary) {

    public static final int MAX_SUMMARY_LENGTH = 2000;

    public static Hearing none() {
        return new Hearing(null, null, null, null);
    }

    public boolean isWaived() {
        return waivedOn != null;
    }

    public boolean isRequested() {
        return requestedOn != null;
    }

    public boolean isHeld() {
        return heldOn != null;
    }

    Hearing waived(LocalDate on) {
        return new Hearing(on, requestedOn, heldOn, summary);
    }

    Hearing requested(LocalDate on) {
        return new Hearing(waivedOn, on, heldOn, summary);
    }

    Hearing held(LocalDate on, String what) {
        return new Hearing(waivedOn, requestedOn, on, what);
    }
}
