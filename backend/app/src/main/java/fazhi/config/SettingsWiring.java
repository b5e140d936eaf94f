package fazhi.config;

import fazhi.shared.model.FileType;
import fazhi.shared.model.Money;
import fazhi.shared.model.SettingValues;
import fazhi.shared.port.in.KeepingTownshipSettings;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.TownshipSettingsRepository;
import fazhi.shared.service.TownshipSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * Township settings as CDI beans. The deployment's configuration ({@code fazhi.settings.*}, from the environment
 * variables of the README) gives the values of a township that has not set its own; nothing more.
 */
@ApplicationScoped
public class SettingsWiring {

    private final TownshipSettingsService service;

    public SettingsWiring(TownshipSettingsRepository settings, Townships townships, AuditLog auditLog, Clock clock,
                          @ConfigProperty(name = "fazhi.settings.hearing-threshold-individual") String individual,
                          @ConfigProperty(name = "fazhi.settings.hearing-threshold-organisation") String organisation,
                          @ConfigProperty(name = "fazhi.settings.inspections-per-enterprise-yearly") int inspections,
                          @ConfigProperty(name = "fazhi.settings.contract-major-threshold") String contractMajor,
                          @ConfigProperty(name = "fazhi.settings.contract-expiry-notice-days") int expiryNotice,
                          @ConfigProperty(name = "fazhi.settings.dispute-mediation-days") int mediationDays,
                          @ConfigProperty(name = "fazhi.settings.central-group-studies-yearly") int studies,
                          @ConfigProperty(name = "fazhi.settings.attachment-max-megabytes") int attachmentMegabytes,
                          @ConfigProperty(name = "fazhi.settings.attachment-types") Set<FileType> attachmentTypes) {
        SettingValues defaults = new SettingValues(Money.of(individual), Money.of(organisation), inspections,
                Money.of(contractMajor), expiryNotice, mediationDays, studies, attachmentMegabytes, attachmentTypes);
        this.service = new TownshipSettingsService(settings, townships, auditLog, clock, defaults);
    }

    @Produces
    @ApplicationScoped
    KeepingTownshipSettings keepingTownshipSettings() {
        return service;
    }

    @Produces
    @ApplicationScoped
    SettingsOfTownships settingsOfTownships() {
        return service;
    }
}
