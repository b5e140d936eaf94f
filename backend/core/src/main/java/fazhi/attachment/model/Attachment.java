package fazhi.attachment.model;

import fazhi.shared.model.FileType;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.util.Objects;

/**
 * A file a record carries: the record it belongs to, what it is, the name it was uploaded with, its type as told
 * from its bytes, its size and SHA-256 (the bytes are stored under that digest, and the audit chain keeps it, so
 * that a file can be shown not to have changed), and who uploaded it when.
 */
public record Attachment(String id, TownshipCode township, String recordType, String recordId, AttachmentKind kind,
                         String fileName, FileType type, long size, String sha256, String uploadedBy,
                         Instant uploadedAt) {

    public static final int MAX_FILE_NAME = 200;

    public Attachment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(township);
        Objects.requireNonNull(sha256);
    }
}
