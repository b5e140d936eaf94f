package fazhi.adapter.rest.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StaffMemberRequest", description = "A person of the roster (干部职工名册), as added or edited.",
        requiredProperties = {"name", "activeFrom"})
public record StaffMemberRequest(
        @Schema(examples = "杨思远") @NotNull @Size(max = 50) String name,
        @Schema(description = "职务", nullable = true, examples = "党政办主任") @Size(max = 100) String post,
        @Schema(description = "部门", nullable = true, examples = "党政综合办公室") @Size(max = 100) String department,
        @Schema(description = "领导干部", nullable = true) Boolean leadingCadre,
        @Schema(description = "村干部", nullable = true) Boolean villageCadre,
        @Schema(description = "On the roster from", examples = "2021-03-01") @NotNull LocalDate activeFrom,
        @Schema(description = "On the roster until (null: still on it)", nullable = true, examples = "2025-08-31")
        LocalDate activeTo) {
}
