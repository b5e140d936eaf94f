package fazhi.shared.model;

/** SYS-03: an earlier request with the same Idempotency-Key is still being done; its answer comes soon. */
public class RequestInFlight extends RuntimeException {

    public RequestInFlight() {
        super("an earlier request with this Idempotency-Key is in flight");
    }
}
