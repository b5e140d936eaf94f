package fazhi.adapter.rest.matter;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicEnforcementMatterView", description = "A published enforcement matter (执法事项), as the public "
        + "sees it.", requiredProperties = {"code", "name", "kind", "field", "legalBasis", "department", "source",
        "publishedOn"})
public record PublicEnforcementMatterView(
        @Schema(examples = "JH-CF-001") String code,
        @Schema(examples = "对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚") String name,
        MatterKind kind,
        EnforcementField field,
        @Schema(examples = "《中华人民共和国消防法》第五十八条") String legalBasis,
        Department department,
        MatterSource source,
        @Schema(nullable = true, examples = "麻政发〔2024〕8号") String delegationReference,
        @Schema(examples = "2025-03-10") LocalDate publishedOn) {
}
