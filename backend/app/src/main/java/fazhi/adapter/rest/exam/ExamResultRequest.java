package fazhi.adapter.rest.exam;

import fazhi.adapter.rest.officer.CertificateRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExamResultRequest", description = "The result of the exam: PASSED with score and the certificate it "
        + "issues, FAILED with a score, ABSENT with neither.")
public record ExamResultRequest(
        @Schema(description = "通过 PASSED, 未通过 FAILED, 缺考 ABSENT", examples = "PASSED") @NotNull ExamResultKind result,
        @Schema(description = "Score out of 100; required for PASSED and FAILED, absent for ABSENT", nullable = true,
                examples = "86") Integer score,
        @Schema(description = "The certificate (执法证) issued: required for PASSED, absent otherwise; its number must "
                + "be free in the township", nullable = true) @Valid CertificateRequest certificate) {
}
