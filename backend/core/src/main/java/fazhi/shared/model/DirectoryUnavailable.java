package fazhi.shared.model;

/** The identity provider that knows the township's users did not answer; the caller may try again shortly. */
public final class DirectoryUnavailable extends RuntimeException {

    public DirectoryUnavailable(Throwable cause) {
        super("the directory of users did not answer", cause);
    }
}
