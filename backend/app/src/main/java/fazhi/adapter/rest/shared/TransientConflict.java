package fazhi.adapter.rest.shared;

/** The database kept refusing the request for other transactions' sake: the caller may retry shortly (503). */
public class TransientConflict extends RuntimeException {

    public TransientConflict(Throwable cause) {
        super("serialization failures persisted", cause);
    }
}
