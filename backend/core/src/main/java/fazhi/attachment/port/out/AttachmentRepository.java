package fazhi.attachment.port.out;

import fazhi.attachment.model.Attachment;
import fazhi.shared.model.TownshipCode;

import java.util.List;
import java.util.Optional;

/** The attachments' records (not their bytes). */
public interface AttachmentRepository {

    void save(Attachment attachment);

    Optional<Attachment> find(TownshipCode township, String id);

    /** A record's attachments, oldest first. */
    List<Attachment> of(TownshipCode township, String recordType, String recordId);

    void delete(String id);
}
