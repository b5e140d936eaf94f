package fazhi.adapter.rest.officer;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.OfficerStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "OfficerView", description = "An enforcement officer (执法人员).", requiredProperties = {"id", "township", "name", "department", "status", "certificateValidToday", "version", "createdAt", "updatedAt"})
public record OfficerView(
        @Schema(examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "李建国") String name,
        Department department,
        @Schema(nullable = true, examples = "0745-5123456") String phone,
        OfficerStatus status,
        @Schema(nullable = true, examples = "执法证年审未通过") String suspensionReason,
        @Schema(nullable = true) CertificateView certificate,
        @Schema(description = "Whether the certificate is valid today (ENF-02 asks this on the action date)")
        boolean certificateValidToday,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
