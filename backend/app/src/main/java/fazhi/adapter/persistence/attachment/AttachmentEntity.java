package fazhi.adapter.persistence.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file of a record; its bytes are in the attachment store under {@link #sha256}. Never changed, only removed. */
@Entity
@Table(name = "attachments")
public class AttachmentEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "record_type", nullable = false, length = 40)
    public String recordType;

    @Column(name = "record_id", nullable = false, length = 36)
    public String recordId;

    @Column(nullable = false, length = 24)
    public String kind;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "file_type", nullable = false, length = 8)
    public String fileType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
