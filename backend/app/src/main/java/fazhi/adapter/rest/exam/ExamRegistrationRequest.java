package fazhi.adapter.rest.exam;

import fazhi.enforcement.model.Department;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ExamRegistrationRequest", description = "A registration for the administrative enforcement "
        + "certificate exam (行政执法资格证考试报名), as registered or edited until the result is in.")
public record ExamRegistrationRequest(
        @Schema(description = "Full name of the person registered", examples = "向明辉")
        @NotBlank @Size(max = 50) String personName,
        @Schema(description = "Department: 应急 EMERGENCY, 农业 AGRICULTURE, 林业 FORESTRY, 畜牧水产 LIVESTOCK_AQUATIC, "
                + "综合 COMPREHENSIVE, 其他 OTHER", examples = "EMERGENCY") @NotNull Department department,
        @Schema(description = "An officer of the township's register this registration belongs to (a renewal); a pass "
                + "then replaces that officer's certificate. Absent for someone not yet in the register.",
                nullable = true, examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") @Size(max = 36) String officerId,
        @Schema(description = "Exam year (考试年度)", examples = "2025") @NotNull @Min(2000) @Max(2100) Integer examYear,
        @Schema(description = "Day of the exam, in the exam year or early the next", examples = "2025-11-22")
        @NotNull LocalDate examDate,
        @Schema(description = "Day of registration, not after the exam", examples = "2025-09-16")
        @NotNull LocalDate registeredOn) {
}
