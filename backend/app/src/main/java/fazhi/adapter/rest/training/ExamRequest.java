package fazhi.adapter.rest.training;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "ExamRequest", description = "An online law exam (在线学法考试) as created or edited",
        requiredProperties = {"year", "name", "heldOn", "passMark", "platform"})
public record ExamRequest(
        @Schema(examples = "2025") @NotNull Integer year,
        @Schema(examples = "2025年度国家工作人员学法考试") @NotNull @Size(max = 200) String name,
        @Schema(description = "The exam day, in its year: the roster active that day is required (TRN-02)",
                examples = "2025-11-20") @NotNull LocalDate heldOn,
        @Schema(description = "0–1000, two decimals at most", examples = "60") @NotNull @Digits(integer = 4,
                fraction = 2) BigDecimal passMark,
        @Schema(examples = "湖南省国家工作人员学法考试系统") @NotNull @Size(max = 100) String platform) {
}
