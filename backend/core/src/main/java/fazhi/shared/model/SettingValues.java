package fazhi.shared.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values DOMAIN.md marks as config, one set per township: what each rule reads at the moment it decides.
 * <ul>
 *   <li>ENF-06: the fine from which a hearing must be offered, to a person and to an organisation;</li>
 *   <li>ENF-14: inspections of one enterprise a year;</li>
 *   <li>CON-01: the amount from which a contract is major; CON-03: days of notice before a contract expires;</li>
 *   <li>DSP-01: days a mediation may take; TRN-01: the central group's law studies a year;</li>
 *   <li>attachments: the largest file in MB and the file types a record may carry.</li>
 * </ul>
 * Later areas add theirs here.
 */
public record SettingValues(Money hearingThresholdIndividual, Money hearingThresholdOrganisation,
                            int inspectionsPerEnterpriseYearly, Money contractMajorThreshold,
                            int contractExpiryNoticeDays, int disputeMediationDays, int centralGroupStudiesYearly,
                            int attachmentMaxMegabytes, Set<FileType> attachmentTypes) {

    /** What the law and the county's practice give when a deployment sets nothing. */
    public static final SettingValues DEFAULTS = new SettingValues(Money.of("10000.00"), Money.of("100000.00"), 2,
            Money.of("500000.00"), 30, 30, 2, 20, EnumSet.allOf(FileType.class));

    private static final Money MAX_AMOUNT = Money.of("100000000.00");

    public SettingValues {
        attachmentTypes = attachmentTypes == null || attachmentTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(attachmentTypes));
    }

    /** Bytes of the largest file a record may carry. */
    public long attachmentMaxBytes() {
        return attachmentMaxMegabytes * 1024L * 1024L;
    }

    /** The values, or {@code InvalidInput} naming every field out of its range. */
    public SettingValues validated() {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        amount(violations, "hearingThresholdIndividual", hearingThresholdIndividual);
        amount(violations, "hearingThresholdOrganisation", hearingThresholdOrganisation);
        amount(violations, "contractMajorThreshold", contractMajorThreshold);
        count(violations, "inspectionsPerEnterpriseYearly", inspectionsPerEnterpriseYearly, 1, 52);
        count(violations, "contractExpiryNoticeDays", contractExpiryNoticeDays, 1, 365);
        count(violations, "disputeMediationDays", disputeMediationDays, 1, 365);
        count(violations, "centralGroupStudiesYearly", centralGroupStudiesYearly, 1, 52);
        count(violations, "attachmentMaxMegabytes", attachmentMaxMegabytes, 1, 100);
        if (attachmentTypes.isEmpty()) {
            violations.add(new InvalidInput.FieldViolation("attachmentTypes", "settings.required", List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return this;
    }

    /** The values as the audit trail keeps them, by field name. */
    public Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hearingThresholdIndividual", String.valueOf(hearingThresholdIndividual));
        values.put("hearingThresholdOrganisation", String.valueOf(hearingThresholdOrganisation));
        values.put("inspectionsPerEnterpriseYearly", Integer.toString(inspectionsPerEnterpriseYearly));
        values.put("contractMajorThreshold", String.valueOf(contractMajorThreshold));
        values.put("contractExpiryNoticeDays", Integer.toString(contractExpiryNoticeDays));
        values.put("disputeMediationDays", Integer.toString(disputeMediationDays));
        values.put("centralGroupStudiesYearly", Integer.toString(centralGroupStudiesYearly));
        values.put("attachmentMaxMegabytes", Integer.toString(attachmentMaxMegabytes));
        values.put("attachmentTypes", attachmentTypes.stream().map(Enum::name).collect(Collectors.joining(",")));
        return values;
    }

    private static void amount(List<InvalidInput.FieldViolation> violations, String field, Money value) {
        if (value == null) {
            violations.add(new InvalidInput.FieldViolation(field, "settings.required", List.of()));
        } else if (value.compareTo(Money.ZERO) <= 0 || value.isGreaterThan(MAX_AMOUNT)) {
            violations.add(new InvalidInput.FieldViolation(field, "settings.amountRange",
                    List.of("0.01", MAX_AMOUNT.amount().stripTrailingZeros().toPlainString())));
        }
    }

    private static void count(List<InvalidInput.FieldViolation> violations, String field, int value, int min,
                              int max) {
        if (value < min || value > max) {
            violations.add(new InvalidInput.FieldViolation(field, "settings.countRange", List.of(min, max)));
        }
    }
}
