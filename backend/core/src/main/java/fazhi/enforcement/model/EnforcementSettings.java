package fazhi.enforcement.model;

import fazhi.shared.model.Money;
import fazhi.shared.model.SettingValues;

import java.util.Objects;

/**
 * The thresholds DOMAIN.md marks as config: the fine from which a hearing must be offered (ENF-06), for a person
 * and for an organisation, and the yearly inspections per enterprise (ENF-14): the enforcement part of a
 * township's {@link SettingValues}.
 */
public record EnforcementSettings(Money hearingThresholdIndividual, Money hearingThresholdOrganisation,
                                  int inspectionCapPerEnterprise) {

    public static final EnforcementSettings DEFAULTS = new EnforcementSettings(Money.of("10000.00"),
            Money.of("100000.00"), 2);

    public EnforcementSettings {
        Objects.requireNonNull(hearingThresholdIndividual);
        Objects.requireNonNull(hearingThresholdOrganisation);
        if (inspectionCapPerEnterprise < 1) {
            throw new IllegalArgumentException("inspection cap must be at least 1");
        }
    }

    public static EnforcementSettings of(SettingValues values) {
        return new EnforcementSettings(values.hearingThresholdIndividual(), values.hearingThresholdOrganisation(),
                values.inspectionsPerEnterpriseYearly());
    }

    public Money hearingThresholdFor(PartyKind kind) {
        return kind == PartyKind.ORGANISATION ? hearingThresholdOrganisation : hearingThresholdIndividual;
    }
}
