package fazhi.attachment.model;

/** A file's bytes digested again: intact when they still give the SHA-256 recorded at upload. */
public record Verification(Attachment attachment, String actualSha256) {

    public boolean intact() {
        return attachment.sha256().equals(actualSha256);
    }
}
