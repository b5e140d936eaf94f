package fazhi.adapter.rest.attachment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttachmentVerificationView", description = "A file's bytes digested again.",
        requiredProperties = {"id", "sha256", "actualSha256", "intact"})
public record AttachmentVerificationView(
        String id,
        @Schema(description = "The SHA-256 recorded at upload (and in the audit chain)") String sha256,
        @Schema(description = "The SHA-256 of the stored bytes now; empty when they are gone") String actualSha256,
        @Schema(description = "Whether the two agree") boolean intact) {
}
