package fazhi.adapter.rest.township;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.shared.model.FileType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "TownshipSettingsView", description = "A township's settings: what its rules read when they decide.",
        requiredProperties = {"township", "hearingThresholdIndividual", "hearingThresholdOrganisation",
                "inspectionsPerEnterpriseYearly", "contractMajorThreshold", "contractExpiryNoticeDays",
                "disputeMediationDays", "centralGroupStudiesYearly", "attachmentMaxMegabytes", "attachmentTypes",
                "ownValues", "version"})
public record TownshipSettingsView(
        @Schema(examples = "jinhe") String township,
        @Schema(description = "ENF-06, CNY", examples = "10000.00") String hearingThresholdIndividual,
        @Schema(description = "ENF-06, CNY", examples = "100000.00") String hearingThresholdOrganisation,
        @Schema(description = "ENF-14", examples = "2") int inspectionsPerEnterpriseYearly,
        @Schema(description = "CON-01, CNY", examples = "500000.00") String contractMajorThreshold,
        @Schema(description = "CON-03", examples = "30") int contractExpiryNoticeDays,
        @Schema(description = "DSP-01", examples = "30") int disputeMediationDays,
        @Schema(description = "TRN-01", examples = "2") int centralGroupStudiesYearly,
        @Schema(description = "The largest attachment in MB", examples = "20") int attachmentMaxMegabytes,
        @Schema(description = "The file types a record may carry") List<FileType> attachmentTypes,
        @Schema(description = "False while the township keeps the deployment's defaults") boolean ownValues,
        @Schema(description = "The version; the ETag is this number in quotes (0: the defaults)", examples = "1")
        long version,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true, examples = "admin") String updatedBy) implements Versioned {
}
