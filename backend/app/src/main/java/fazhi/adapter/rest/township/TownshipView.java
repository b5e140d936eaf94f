package fazhi.adapter.rest.township;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TownshipView", requiredProperties = {"code", "nameZh", "nameEn"})
public record TownshipView(@Schema(examples = "jinhe") String code,
                           @Schema(examples = "锦和镇") String nameZh,
                           @Schema(examples = "Jinhe Town") String nameEn) {
}
