package fazhi.adapter.rest.officer;

import fazhi.enforcement.model.Department;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfficerRequest", description = "An officer as registered or edited.")
public record OfficerRequest(
        @Schema(description = "Full name", examples = "李建国") @NotBlank @Size(max = 50) String name,
        @Schema(description = "Department: 应急 EMERGENCY, 农业 AGRICULTURE, 林业 FORESTRY, 畜牧水产 LIVESTOCK_AQUATIC, "
                + "综合 COMPREHENSIVE, 其他 OTHER", examples = "EMERGENCY") @NotNull Department department,
        @Schema(description = "Work phone", examples = "0745-5123456", nullable = true)
        @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
        @Schema(nullable = true) @Valid CertificateRequest certificate) {
}
