package fazhi.attachment.port.in;

import fazhi.attachment.model.Attachment;
import fazhi.attachment.model.AttachmentKind;
import fazhi.attachment.model.Verification;
import fazhi.shared.model.Actor;
import fazhi.shared.model.TownshipCode;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/** The files of a township's records: upload, list, read, verify, delete. */
public interface KeepingAttachments {

    /**
     * A file for a record. {@code content} opens the uploaded bytes (more than once: the type is told from them
     * before they are stored); {@code size} is their length.
     */
    Attachment upload(Actor actor, TownshipCode township, Upload upload);

    List<Attachment> of(Actor actor, TownshipCode township, String recordType, String recordId);

    Attachment get(Actor actor, TownshipCode township, String id);

    /** The bytes, for download. */
    InputStream content(Actor actor, TownshipCode township, String id);

    Verification verify(Actor actor, TownshipCode township, String id);

    /** By the uploader or a leader, while the record is not closed. */
    void delete(Actor actor, TownshipCode township, String id);

    /** Whether {@link #delete} would let the actor remove the file now (the SPA offers it only then). */
    boolean removable(Actor actor, Attachment attachment);

    record Upload(String recordType, String recordId, AttachmentKind kind, String fileName, long size,
                  Supplier<InputStream> content) {
    }
}
