package fazhi.adapter.rest.exam;

import fazhi.adapter.rest.officer.CertificateView;
import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.ExamStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ExamRegistrationView", description = "A certificate-exam registration (行政执法资格证考试报名) and its "
        + "result.", requiredProperties = {"id", "township", "personName", "department", "examYear", "examDate",
        "registeredOn", "status", "version", "createdAt", "updatedAt"})
public record ExamRegistrationView(
        @Schema(examples = "9a0e7d3c-1b2f-4c5d-8e6f-0a1b2c3d4e5f") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "向明辉") String personName,
        Department department,
        @Schema(nullable = true, description = "The officer of the register: linked at registration, or the new officer "
                + "a pass registered", examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String officerId,
        @Schema(examples = "2025") int examYear,
        @Schema(examples = "2025-11-22") LocalDate examDate,
        @Schema(examples = "2025-09-16") LocalDate registeredOn,
        @Schema(description = "REGISTERED until the result is recorded, then PASSED, FAILED or ABSENT")
        ExamStatus status,
        @Schema(nullable = true, examples = "86") Integer score,
        @Schema(nullable = true, description = "The certificate a pass issued") CertificateView certificate,
        @Schema(nullable = true, examples = "2026-01-20") LocalDate resultRecordedOn,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "1") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
