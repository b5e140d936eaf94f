package fazhi.adapter.rest.matter;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "EnforcementMatterView", description = "An enforcement matter (执法事项) of the township's list.",
        requiredProperties = {"id", "township", "code", "name", "kind", "field", "legalBasis", "department", "source",
                "published", "version", "createdAt", "updatedAt"})
public record EnforcementMatterView(
        @Schema(examples = "5d1c2b7e-8f0a-4a1b-9c3d-2e4f6a8b0c1d") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "JH-CF-001") String code,
        @Schema(examples = "对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚") String name,
        MatterKind kind,
        EnforcementField field,
        @Schema(examples = "《中华人民共和国消防法》第五十八条") String legalBasis,
        Department department,
        MatterSource source,
        @Schema(nullable = true, examples = "麻政发〔2024〕8号") String delegationReference,
        @Schema(description = "On the public list") boolean published,
        @Schema(nullable = true, description = "Day of the last publication", examples = "2025-03-10")
        LocalDate publishedOn,
        @Schema(nullable = true, description = "Day it was taken off the public list, while it is off",
                examples = "2025-09-01") LocalDate withdrawnOn,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "1") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
