package fazhi.adapter.rest.review;

import fazhi.review.model.SubjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ReviewSubmissionRequest", description = "A subject handed in for legality review (送审).")
public record ReviewSubmissionRequest(
        @Schema(description = "规范性文件 NORMATIVE_DOCUMENT, 重大行政决策 MAJOR_DECISION, 重大合同 CONTRACT, "
                + "重大执法决定 ENFORCEMENT_DECISION, 其他 OTHER", examples = "CONTRACT") @NotNull SubjectType subjectType,
        @Schema(description = "The subject's own id or number in its register; one review per subject",
                examples = "HT-2025-018") @NotBlank @Size(max = 100) String subjectRef,
        @Schema(description = "The subject's title", examples = "锦和镇集镇污水管网建设工程施工合同")
        @NotBlank @Size(max = 200) String subjectTitle,
        @Schema(description = "The materials submitted (送审材料), one line each",
                examples = "[\"合同文本（送审稿）\", \"招标文件及中标通知书\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
        @Schema(description = "Username of the legal reviewer to assign now; not the submitter (LR-04)",
                examples = "reviewer", nullable = true) @Size(max = 100) String reviewer) {
}
