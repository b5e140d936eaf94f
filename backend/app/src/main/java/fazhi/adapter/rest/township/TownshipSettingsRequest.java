package fazhi.adapter.rest.township;

import fazhi.shared.model.FileType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** The whole set of a township's values, as the administrator saves them (amounts in CNY as strings). */
@Schema(name = "TownshipSettingsRequest", description = "A township's settings, every value at once.")
public record TownshipSettingsRequest(
        @Schema(description = "ENF-06: a fine from this amount offers a person a hearing", examples = "10000.00")
        @NotNull @Pattern(regexp = AMOUNT) String hearingThresholdIndividual,
        @Schema(description = "ENF-06: the same for an organisation", examples = "100000.00")
        @NotNull @Pattern(regexp = AMOUNT) String hearingThresholdOrganisation,
        @Schema(description = "ENF-14: inspections of one enterprise a year (1–52)", examples = "2")
        @NotNull Integer inspectionsPerEnterpriseYearly,
        @Schema(description = "CON-01: a contract from this amount is major", examples = "500000.00")
        @NotNull @Pattern(regexp = AMOUNT) String contractMajorThreshold,
        @Schema(description = "CON-03: days of notice before a contract expires (1–365)", examples = "30")
        @NotNull Integer contractExpiryNoticeDays,
        @Schema(description = "DSP-01: days a mediation may take (1–365)", examples = "30")
        @NotNull Integer disputeMediationDays,
        @Schema(description = "TRN-01: the central group's law studies a year (1–52)", examples = "2")
        @NotNull Integer centralGroupStudiesYearly,
        @Schema(description = "Attachments: the largest file in MB (1–100)", examples = "20")
        @NotNull Integer attachmentMaxMegabytes,
        @Schema(description = "Attachments: the file types a record may carry, told from their bytes",
                examples = "[\"PDF\", \"JPEG\"]")
        @NotNull @Size(min = 1, max = 6) Set<@NotNull FileType> attachmentTypes) {

    static final String AMOUNT = "\\d{1,12}(\\.\\d{1,2})?";
}
