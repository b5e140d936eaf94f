package fazhi.adapter.rest.matter;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementMatterRequest", description = "An enforcement matter (执法事项) as defined or edited, while "
        + "it is not published.")
public record EnforcementMatterRequest(
        @Schema(description = "Code, unique in the township", examples = "JH-CF-001")
        @NotBlank @Size(max = 40) String code,
        @Schema(description = "Name of the power", examples = "对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "处罚 PENALTY, 检查 INSPECTION, 强制 COERCION, 其他 OTHER", examples = "PENALTY")
        @NotNull MatterKind kind,
        @Schema(description = "道路交通安全 ROAD_TRAFFIC_SAFETY, 水上交通安全 WATER_TRAFFIC_SAFETY, 消防安全 FIRE_SAFETY, "
                + "非煤矿山安全生产 NON_COAL_MINE_SAFETY, 农业 AGRICULTURE, 林业 FORESTRY, 畜牧水产 LIVESTOCK_AQUATIC, "
                + "其他 OTHER", examples = "FIRE_SAFETY") @NotNull EnforcementField field,
        @Schema(description = "Legal basis (法律依据)", examples = "《中华人民共和国消防法》第五十八条")
        @NotBlank @Size(max = 1000) String legalBasis,
        @Schema(description = "Department that exercises it", examples = "EMERGENCY") @NotNull Department department,
        @Schema(description = "县级赋权 COUNTY_DELEGATED or the township's own OWN", examples = "COUNTY_DELEGATED")
        @NotNull MatterSource source,
        @Schema(description = "The county document that delegated it: required when COUNTY_DELEGATED, absent when OWN",
                examples = "麻政发〔2024〕8号", nullable = true) @Size(max = 100) String delegationReference) {
}
