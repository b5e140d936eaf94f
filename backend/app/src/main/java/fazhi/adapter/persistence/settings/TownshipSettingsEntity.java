package fazhi.adapter.persistence.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A township's own settings. The version is kept by {@link TownshipSettingsPersistenceAdapter}'s conditional
 * writes, not by {@code @Version}: the defaults a township has not changed are version 0, its first change 1.
 */
@Entity
@Table(name = "township_settings")
public class TownshipSettingsEntity {

    @Id
    @Column(length = 32)
    public String township;

    @Column(name = "hearing_threshold_individual", nullable = false, precision = 14, scale = 2)
    public BigDecimal hearingThresholdIndividual;

    @Column(name = "hearing_threshold_organisation", nullable = false, precision = 14, scale = 2)
    public BigDecimal hearingThresholdOrganisation;

    @Column(name = "inspections_per_enterprise_yearly", nullable = false)
    public int inspectionsPerEnterpriseYearly;

    @Column(name = "contract_major_threshold", nullable = false, precision = 14, scale = 2)
    public BigDecimal contractMajorThreshold;

    @Column(name = "contract_expiry_notice_days", nullable = false)
    public int contractExpiryNoticeDays;

    @Column(name = "dispute_mediation_days", nullable = false)
    public int disputeMediationDays;

    @Column(name = "central_group_studies_yearly", nullable = false)
    public int centralGroupStudiesYearly;

    @Column(name = "attachment_max_megabytes", nullable = false)
    public int attachmentMaxMegabytes;

    /** File types by name, comma-separated. */
    @Column(name = "attachment_types", nullable = false, length = 100)
    public String attachmentTypes;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}
