package fazhi.adapter.rest.training;

import fazhi.shared.model.Rule;
import fazhi.training.model.StudyProgress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StudyProgressView", description = "TRN-01: the central group's law studies (中心组学法) of the year "
        + "against the township's minimum (settings centralGroupStudiesYearly); `behind` from 1 October when short",
        requiredProperties = {"year", "studies", "minimum", "met", "missing", "warnFrom", "dueOn", "behind", "rule",
                "legalBasis"})
public record StudyProgressView(
        @Schema(examples = "2025") int year,
        @Schema(examples = "1") long studies,
        @Schema(examples = "2") int minimum,
        boolean met,
        @Schema(examples = "1") long missing,
        @Schema(examples = "2025-10-01") LocalDate warnFrom,
        @Schema(examples = "2025-12-31") LocalDate dueOn,
        boolean behind,
        @Schema(examples = "TRN-01") String rule,
        String legalBasis) {

    static StudyProgressView of(StudyProgress p) {
        return new StudyProgressView(p.year(), p.studies(), p.minimum(), p.met(), p.missing(), p.warnFrom(),
                p.dueOn(), p.behind(), Rule.TRN_01.id(), Rule.TRN_01.legalBasis());
    }
}
