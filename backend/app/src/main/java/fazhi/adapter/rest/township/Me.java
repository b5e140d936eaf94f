package fazhi.adapter.rest.township;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Me", description = "The caller as the API sees them.", requiredProperties = {"username", "roles", "townships"})
public record Me(
        @Schema(examples = "staff") String username,
        @Schema(nullable = true, examples = "王明") String name,
        @Schema(description = "Realm roles known to Fazhi", examples = "[\"staff\"]") List<String> roles,
        @Schema(description = "Township codes; `*` means all", examples = "[\"jinhe\"]") List<String> townships) {
}
