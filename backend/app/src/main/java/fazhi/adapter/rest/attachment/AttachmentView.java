package fazhi.adapter.rest.attachment;

import fazhi.attachment.model.AttachmentKind;
import fazhi.shared.model.FileType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "AttachmentView", description = "A file of a record (材料、文书、照片).", requiredProperties = {"id",
        "township", "recordType", "recordId", "kind", "fileName", "fileType", "mediaType", "size", "sha256",
        "uploadedBy", "uploadedAt", "removable"})
public record AttachmentView(
        @Schema(examples = "5d1e0c3a-7b2f-4e9a-8c6d-1f2e3a4b5c6d") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(description = "The record's type, as in the audit trail", examples = "enforcement-case")
        String recordType,
        @Schema(examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String recordId,
        AttachmentKind kind,
        @Schema(description = "The name it was uploaded with", examples = "锦和罚决字〔2025〕第7号.pdf") String fileName,
        @Schema(description = "The type, told from the file's bytes") FileType fileType,
        @Schema(examples = "application/pdf") String mediaType,
        @Schema(description = "Bytes", examples = "183204") long size,
        @Schema(description = "SHA-256 of the bytes, hex; the audit chain keeps it too",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(examples = "officer") String uploadedBy,
        Instant uploadedAt,
        @Schema(description = "Whether the caller may remove it now: the uploader or a leader, the record still open")
        boolean removable) {
}
