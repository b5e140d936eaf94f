package fazhi.adapter.rest.training;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "StaffMemberView", description = "A person of the township's roster (干部职工名册): the people who attend "
        + "sessions and the denominator of the exam rates (TRN-02).", requiredProperties = {"id", "township", "name",
        "leadingCadre", "villageCadre", "activeFrom", "version"})
public record StaffMemberView(
        @Schema(examples = "5b0c7f1e-2a3d-4c5b-9e8f-0a1b2c3d4e5f") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "杨思远") String name,
        @Schema(nullable = true, examples = "党政办主任") String post,
        @Schema(nullable = true, examples = "党政综合办公室") String department,
        boolean leadingCadre,
        boolean villageCadre,
        @Schema(examples = "2021-03-01") LocalDate activeFrom,
        @Schema(nullable = true) LocalDate activeTo,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static StaffMemberView of(StaffMember p) {
        StaffMemberDetails d = p.details();
        return new StaffMemberView(p.id(), p.township().value(), d.name(), d.post(), d.department(),
                d.leadingCadre(), d.villageCadre(), d.activeFrom(), d.activeTo(), p.version(),
                p.created() == null ? null : p.created().at(), p.updated() == null ? null : p.updated().at());
    }

    static StaffMemberDetails details(StaffMemberRequest r) {
        return new StaffMemberDetails(r.name(), r.post(), r.department(), Boolean.TRUE.equals(r.leadingCadre()),
                Boolean.TRUE.equals(r.villageCadre()), r.activeFrom(), r.activeTo());
    }
}
