package fazhi.adapter.rest.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

@Schema(name = "AuditEventView", description = "One audit event (SYS-01) and its links in the township's hash chain.", requiredProperties = {"id", "township", "sequence", "occurredAt", "actor", "action", "recordType", "recordId", "changes", "previousHash", "hash"})
public record AuditEventView(
        String id,
        @Schema(examples = "jinhe") String township,
        @Schema(description = "Position in the township's chain, from 1", examples = "42") long sequence,
        Instant occurredAt,
        @Schema(examples = "staff") String actor,
        @Schema(examples = "officer.updated") String action,
        @Schema(examples = "officer") String recordType,
        String recordId,
        @Schema(description = "Changed fields, each with its value before and after")
        Map<String, FieldChange> changes,
        @Schema(description = "SHA-256 of the event before (64 zeros for the first)") String previousHash,
        @Schema(description = "SHA-256 over this event's fields and previousHash") String hash) {

    /** A field's value before and after; personal data appears masked. */
    @Schema(name = "FieldChange")
    public record FieldChange(@Schema(nullable = true, examples = "李建") String before,
                              @Schema(nullable = true, examples = "李建国") String after) {
    }
}
