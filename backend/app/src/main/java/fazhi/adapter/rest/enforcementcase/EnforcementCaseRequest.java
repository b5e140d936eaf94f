package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Procedure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "EnforcementCaseRequest", description = "A case as filed (立案), or as edited while FILED or "
        + "INVESTIGATING.", requiredProperties = {"field", "procedure", "party", "facts", "violationDate",
        "discoveredOn", "officerIds"})
public record EnforcementCaseRequest(
        @Schema(description = "The field of enforcement", examples = "ROAD_TRAFFIC_SAFETY")
        @NotNull EnforcementField field,
        @Schema(description = "SIMPLE (简易程序, on the spot, ENF-03) or ORDINARY (普通程序, ENF-04)",
                examples = "ORDINARY") @NotNull Procedure procedure,
        @NotNull @Valid CasePartyRequest party,
        @Schema(description = "The facts of the violation (违法事实)", examples = "驾驶无牌三轮摩托车搭载乘客，未戴安全头盔。")
        @NotNull @Size(max = 2000) String facts,
        @Schema(description = "Where it happened", nullable = true, examples = "锦和镇S229线和平村路段")
        @Size(max = 200) String place,
        @Schema(description = "The day of the violation", examples = "2025-06-03") @NotNull LocalDate violationDate,
        @Schema(description = "The day it was discovered (ENF-12 counts the limitation to this day)",
                examples = "2025-06-03") @NotNull LocalDate discoveredOn,
        @Schema(description = "It harmed life, health or property (ENF-12: 5 years instead of 2)", nullable = true,
                examples = "false") Boolean harmsLifeHealthOrProperty,
        @Schema(description = "Flagged major or complex: the decision needs a passed legal review (ENF-07)",
                nullable = true, examples = "false") Boolean major,
        @Schema(description = "The officers (ids) carrying out the case: two or more (ENF-01), each with a certificate "
                + "valid on the filing date (ENF-02)",
                examples = "[\"0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c\", \"5d1e0c3a-7b2f-4e9a-8c6d-1f2e3a4b5c6d\"]")
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 36) String> officerIds,
        @Schema(description = "The filing date (立案日期); today when left out. Ignored on edit.", nullable = true,
                examples = "2025-06-04") LocalDate filedOn) {
}
