package fazhi.adapter.persistence.settings;

import fazhi.shared.model.FileType;
import fazhi.shared.model.Money;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TownshipSettings;
import fazhi.shared.port.out.TownshipSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Settings rows: the first change inserts (a concurrent first change loses on the primary key), later ones
 * update only the version that was read, so that two administrators never overwrite each other silently.
 */
@ApplicationScoped
public class TownshipSettingsPersistenceAdapter implements TownshipSettingsRepository {

    private final EntityManager em;

    public TownshipSettingsPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<TownshipSettings> find(TownshipCode township) {
        return Optional.ofNullable(em.find(TownshipSettingsEntity.class, township.value()))
                .map(TownshipSettingsPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<TownshipSettings> save(TownshipCode township, SettingValues values, long expectedVersion,
                                           Stamp stamp) {
        Query write = expectedVersion == 0
                ? em.createNativeQuery("INSERT IGNORE INTO township_settings (hearing_threshold_individual,"
                        + " hearing_threshold_organisation, inspections_per_enterprise_yearly,"
                        + " contract_major_threshold, contract_expiry_notice_days, dispute_mediation_days,"
                        + " central_group_studies_yearly, updated_at, updated_by, township, attachment_max_megabytes,"
                        + " attachment_types, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)")
                : em.createNativeQuery("UPDATE township_settings SET hearing_threshold_individual = ?1,"
                        + " hearing_threshold_organisation = ?2, inspections_per_enterprise_yearly = ?3,"
                        + " contract_major_threshold = ?4, contract_expiry_notice_days = ?5,"
                        + " dispute_mediation_days = ?6, central_group_studies_yearly = ?7, updated_at = ?8,"
                        + " updated_by = ?9, attachment_max_megabytes = ?11, attachment_types = ?12,"
                        + " version = version + 1 WHERE township = ?10 AND version = ?13")
                        .setParameter(13, expectedVersion);
        int written = write
                .setParameter(1, values.hearingThresholdIndividual().amount())
                .setParameter(2, values.hearingThresholdOrganisation().amount())
                .setParameter(3, values.inspectionsPerEnterpriseYearly())
                .setParameter(4, values.contractMajorThreshold().amount())
                .setParameter(5, values.contractExpiryNoticeDays())
                .setParameter(6, values.disputeMediationDays())
                .setParameter(7, values.centralGroupStudiesYearly())
                .setParameter(8, stamp.at())
                .setParameter(9, stamp.by())
                .setParameter(10, township.value())
                .setParameter(11, values.attachmentMaxMegabytes())
                .setParameter(12, values.attachmentTypes().stream().map(Enum::name).collect(Collectors.joining(",")))
                .executeUpdate();
        if (written == 0) {
            return Optional.empty();
        }
        return Optional.of(new TownshipSettings(township, values, expectedVersion + 1, true, stamp));
    }

    private static TownshipSettings toDomain(TownshipSettingsEntity e) {
        return new TownshipSettings(TownshipCode.of(e.township), new SettingValues(
                new Money(e.hearingThresholdIndividual), new Money(e.hearingThresholdOrganisation),
                e.inspectionsPerEnterpriseYearly, new Money(e.contractMajorThreshold), e.contractExpiryNoticeDays,
                e.disputeMediationDays, e.centralGroupStudiesYearly, e.attachmentMaxMegabytes,
                Arrays.stream(e.attachmentTypes.split(",")).filter(name -> !name.isBlank()).map(FileType::valueOf)
                        .collect(Collectors.toSet())), e.version, true,
                new Stamp(e.updatedAt, e.updatedBy));
    }
}
