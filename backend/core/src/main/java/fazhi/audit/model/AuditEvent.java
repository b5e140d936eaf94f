package fazhi.audit.model;

import fazhi.shared.model.TownshipCode;

import java.time.Instant;

/**
 * One stored audit event (审计事件): the change it records, its place in its township's chain and the
 * hashes that link it. {@code changes} is the stored text of the changed fields, hashed as stored.
 */
public record AuditEvent(String id, TownshipCode township, long sequence, Instant occurredAt, String actor,
                         String action, String recordType, String recordId, String changes, String previousHash,
                         String hash) {
}
