package fazhi.adapter.rest.attachment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AttachmentPage", description = "A record's files, oldest first (all of them: page 0).",
        requiredProperties = {"items", "page", "size", "total", "totalIsExact"})
public record AttachmentPage(List<AttachmentView> items, int page, int size, long total, boolean totalIsExact) {
}
