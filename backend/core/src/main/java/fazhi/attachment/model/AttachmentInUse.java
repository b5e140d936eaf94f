package fazhi.attachment.model;

/** The file's record points to it (a case's full-process record to its footage): it stays until the record lets go. */
public final class AttachmentInUse extends RuntimeException {

    private final String id;

    public AttachmentInUse(String id) {
        super("attachment " + id + " is pointed to by its record");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
