package fazhi.shared.service;

import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.FileType;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.TownshipSettings;
import fazhi.shared.port.out.AuditLog;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryTownshipSettingsRepository;
import fazhi.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ActorBuilder.an;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.theCounty;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A township's settings: the deployment's defaults until the county's administrator sets the township's own. */
class KeepingTownshipSettingsTest {

    /** What this deployment configured: a lower individual threshold than the law's usual. */
    private static final SettingValues DEPLOYMENT = new SettingValues(Money.of("5000.00"), Money.of("100000.00"), 2,
            Money.of("500000.00"), 30, 30, 2, 20, EnumSet.allOf(FileType.class));

    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final TownshipSettingsService settings = new TownshipSettingsService(
            new InMemoryTownshipSettingsRepository(), new TownshipService(theCounty(), auditLog,
            FixedClock.on(LocalDate.of(2025, 6, 10))), auditLog, FixedClock.on(LocalDate.of(2025, 6, 10)),
            DEPLOYMENT);

    private final Actor admin = an(Role.ADMIN).named("county.admin").ofAllTownships().build();
    private final Actor jinheStaff = a(Role.STAFF).of(JINHE).build();

    private static SettingValues withCap(int inspections) {
        return new SettingValues(Money.of("8000.00"), Money.of("80000.00"), inspections, Money.of("300000.00"), 45,
                20, 4, 50, EnumSet.of(FileType.PDF, FileType.JPEG));
    }

    @Test
    void a_township_that_set_nothing_has_the_deployments_values_at_version_0() {
        // when
        TownshipSettings read = settings.get(jinheStaff, JINHE);

        // then
        assertThat(read.values()).isEqualTo(DEPLOYMENT);
        assertThat(read.version()).isZero();
        assertThat(read.stored()).isFalse();
    }

    @Test
    void the_administrator_sets_a_townships_values_which_its_rules_then_read_and_no_other_township() {
        // when
        TownshipSettings saved = settings.update(admin, JINHE, 0, withCap(3));

        // then
        assertThat(saved.version()).isEqualTo(1);
        assertThat(settings.of(JINHE).inspectionsPerEnterpriseYearly()).isEqualTo(3);
        assertThat(settings.of(JINHE).hearingThresholdIndividual()).isEqualTo(Money.of("8000.00"));
        assertThat(settings.of(GAOCUN)).isEqualTo(DEPLOYMENT);
    }

    @Test
    void a_change_is_audited_in_the_townships_chain_with_old_and_new_values() {
        // when
        settings.update(admin, JINHE, 0, withCap(3));

        // then
        AuditLog.Entry entry = auditLog.entries().get(auditLog.entries().size() - 1);
        assertThat(entry.township()).isEqualTo(JINHE);
        assertThat(entry.action()).isEqualTo("settings.changed");
        assertThat(entry.changes()).containsEntry("inspectionsPerEnterpriseYearly", new Change("2", "3"))
                .containsEntry("hearingThresholdIndividual", new Change("5000.00", "8000.00"))
                .containsEntry("contractExpiryNoticeDays", new Change("30", "45"));
    }

    @Test
    void a_change_from_a_stale_version_is_refused_by_sys02() {
        // given
        settings.update(admin, JINHE, 0, withCap(3));

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> settings.update(admin, JINHE, 0, withCap(4)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(settings.of(JINHE).inspectionsPerEnterpriseYearly()).isEqualTo(3);
    }

    @Test
    void only_the_administrator_changes_them() {
        // given
        Actor leader = a(Role.LEADER).of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> settings.update(leader, JINHE, 0, withCap(3)));

        // then
        assertThat(refusal).isNotNull();
        assertThat(settings.get(leader, JINHE).version()).isZero();
    }

    @Test
    void another_townships_settings_are_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class, () -> settings.get(jinheStaff, GAOCUN));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
    }

    @Test
    void values_out_of_range_are_refused_naming_each_field() {
        // given
        SettingValues wrong = new SettingValues(Money.of("0.00"), Money.of("100000.00"), 0, Money.of("500000.00"),
                366, 30, 2, 20, EnumSet.noneOf(FileType.class));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> settings.update(admin, JINHE, 0, wrong));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly(
                "hearingThresholdIndividual", "inspectionsPerEnterpriseYearly", "contractExpiryNoticeDays",
                "attachmentTypes");
        assertThat(settings.get(admin, JINHE).version()).isZero();
    }
}
