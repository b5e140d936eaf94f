package fazhi.adapter.rest.township;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PersonView", description = "A user who works in the township.",
        requiredProperties = {"username", "displayName", "roles"})
public record PersonView(
        @Schema(description = "What assignments and the audit log name", examples = "reviewer") String username,
        @Schema(description = "Family name first for Chinese names; the username when the realm has no name",
                examples = "赵敏") String displayName,
        @Schema(description = "Realm roles known to Fazhi", examples = "[\"legal-reviewer\"]") List<String> roles) {
}
