package fazhi.shared.service;

import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.Role;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryTownshipRepository;
import fazhi.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static fazhi.testing.ActorBuilder.an;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.JINHE_TOWN;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RegisteringTownshipTest {

    private static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");

    private final InMemoryTownshipRepository repository = new InMemoryTownshipRepository();
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final TownshipService townships = new TownshipService(repository, auditLog, FixedClock.at(NOW));
    private final Actor admin = an(Role.ADMIN).named("county.admin").ofAllTownships().build();

    @Test
    void a_new_township_is_stored_and_audited_as_registered() {
        // when
        townships.register(admin, JINHE_TOWN);

        // then
        assertThat(repository.find(JINHE)).contains(JINHE_TOWN);
        assertThat(auditLog.last().action()).isEqualTo("township.registered");
        assertThat(auditLog.last().township()).isEqualTo(JINHE);
        assertThat(auditLog.last().occurredAt()).isEqualTo(NOW);
        assertThat(auditLog.last().changes()).containsOnly(
                entry("nameZh", new Change(null, "锦和镇")),
                entry("nameEn", new Change(null, "Jinhe")));
    }

    @Test
    void registering_the_same_township_again_changes_nothing_and_audits_nothing() {
        // given
        townships.register(admin, JINHE_TOWN);

        // when
        townships.register(admin, new Township(JINHE, "锦和镇", "Jinhe"));

        // then
        assertThat(auditLog.entries()).hasSize(1);
    }

    @Test
    void a_new_name_is_audited_as_a_rename_with_only_that_name() {
        // given
        townships.register(admin, JINHE_TOWN);

        // when
        townships.register(admin, new Township(JINHE, "锦和镇", "Jinhe Town"));

        // then
        assertThat(repository.find(JINHE).orElseThrow().nameEn()).isEqualTo("Jinhe Town");
        assertThat(auditLog.last().action()).isEqualTo("township.renamed");
        assertThat(auditLog.last().changes()).containsOnly(entry("nameEn", new Change("Jinhe", "Jinhe Town")));
    }

    @Test
    void only_an_administrator_registers_townships() {
        // given
        Actor countyLeader = an(Role.LEADER).ofAllTownships().build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> townships.register(countyLeader, new Township(TownshipCode.of("nanshan"), "南山镇", "Nanshan")));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.ADMIN);
        assertThat(repository.findAll()).isEmpty();
    }
}
