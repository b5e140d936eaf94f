package fazhi.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stored audit event; written once, never updated. */
@Entity
@Table(name = "audit_events")
public class AuditEventEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false)
    public long sequence;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "record_type", nullable = false, length = 64)
    public String recordType;

    @Column(name = "record_id", nullable = false, length = 64)
    public String recordId;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String changes;

    @Column(name = "previous_hash", nullable = false, length = 64)
    public String previousHash;

    @Column(nullable = false, length = 64)
    public String hash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
