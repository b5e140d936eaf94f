package fazhi.attachment.port.out;

import java.io.InputStream;
import java.util.Optional;

/** Where the bytes of attachments live, content-addressed by their SHA-256. */
public interface AttachmentStore {

    /** Stores the bytes (once per digest) and answers their digest and size. */
    Stored store(InputStream content);

    /** The bytes stored under a digest. */
    InputStream open(String sha256);

    /** The SHA-256 of the bytes stored under a digest, computed again; empty when they are gone. */
    Optional<String> digestAgain(String sha256);

    record Stored(String sha256, long size) {
    }
}
