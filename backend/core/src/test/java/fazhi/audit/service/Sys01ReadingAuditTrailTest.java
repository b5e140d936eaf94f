package fazhi.audit.service;

import fazhi.audit.model.AuditChain;
import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.audit.model.Verification;
import fazhi.audit.port.in.ReadingAuditTrail;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.service.TownshipService;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryAuditEventRepository;
import fazhi.testing.RecordingAuditLog;
import fazhi.testing.TestTownships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ActorBuilder.an;
import static fazhi.testing.AuditChainBuilder.aChainOf;
import static fazhi.testing.AuditChainBuilder.withChanges;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.LANLI;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** SYS-01: auditors, and leaders for their own township, read the audit log and verify its chain. */
class Sys01ReadingAuditTrailTest {

    private static final Instant NOW = Instant.parse("2025-12-31T08:00:00Z");

    private final InMemoryAuditEventRepository events = new InMemoryAuditEventRepository();
    private final FixedClock clock = FixedClock.at(NOW);
    private final TownshipService townships = new TownshipService(TestTownships.theCounty(), new RecordingAuditLog(),
            clock);
    private final AuditTrailService auditTrail = new AuditTrailService(events, townships, clock);
    private final PageRequest firstPage = PageRequest.of(0, 50, null, ReadingAuditTrail.SORTABLE,
            ReadingAuditTrail.DEFAULT_SORT);

    {
        events.storeAll(aChainOf(JINHE).ofLength(3).build());
        events.storeAll(aChainOf(GAOCUN).ofLength(2).build());
    }

    private static AuditFilter anyEvent() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static AuditFilter eventsOf(TownshipCode township) {
        return new AuditFilter(township, null, null, null, null, null);
    }

    @Test
    void a_county_auditor_reads_the_events_of_every_township() {
        // given
        Actor countyAuditor = an(Role.AUDITOR).ofAllTownships().build();

        // when
        Page<AuditEvent> page = auditTrail.list(countyAuditor, anyEvent(), firstPage);

        // then
        assertThat(events.lastSearch().townships()).isNull();
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void an_auditor_assigned_to_some_townships_reads_the_events_of_those() {
        // given
        Actor auditor = an(Role.AUDITOR).of(JINHE, LANLI).build();

        // when
        Page<AuditEvent> page = auditTrail.list(auditor, anyEvent(), firstPage);

        // then
        assertThat(events.lastSearch().townships()).containsExactlyInAnyOrder(JINHE, LANLI);
        assertThat(page.items()).extracting(AuditEvent::township).containsOnly(JINHE);
    }

    @Test
    void an_auditor_filtering_on_a_township_they_see_reads_its_events() {
        // given
        Actor countyAuditor = an(Role.AUDITOR).ofAllTownships().build();

        // when
        Page<AuditEvent> page = auditTrail.list(countyAuditor, eventsOf(GAOCUN), firstPage);

        // then
        assertThat(page.items()).extracting(AuditEvent::township).containsOnly(GAOCUN).hasSize(2);
    }

    @Test
    void an_auditor_filtering_on_a_township_they_do_not_see_gets_not_found() {
        // given
        Actor jinheAuditor = an(Role.AUDITOR).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> auditTrail.list(jinheAuditor, eventsOf(GAOCUN), firstPage));

        // then
        assertThat(refusal.id()).isEqualTo("gaocun");
        assertThat(events.lastSearch()).isNull();
    }

    @Test
    void a_leader_reads_the_events_of_their_own_township() {
        // given
        Actor jinheLeader = a(Role.LEADER).of(JINHE).build();

        // when
        Page<AuditEvent> page = auditTrail.list(jinheLeader, anyEvent(), firstPage);

        // then
        assertThat(events.lastSearch().townships()).containsExactly(JINHE);
        assertThat(page.items()).extracting(AuditEvent::township).containsOnly(JINHE).hasSize(3);
    }

    @Test
    void a_leader_filtering_on_another_township_gets_not_found() {
        // given
        Actor jinheLeader = a(Role.LEADER).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> auditTrail.list(jinheLeader, eventsOf(GAOCUN), firstPage));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
        assertThat(events.lastSearch()).isNull();
    }

    @Test
    void a_leader_with_all_townships_may_not_read_a_township_not_their_own() {
        // given
        Actor countyLeader = a(Role.LEADER).ofAllTownships().build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> auditTrail.list(countyLeader, eventsOf(GAOCUN), firstPage));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.AUDITOR);
        assertThat(events.lastSearch()).isNull();
    }

    @Test
    void a_leader_with_all_townships_does_not_read_county_wide() {
        // given
        Actor countyLeader = a(Role.LEADER).ofAllTownships().build();

        // when
        Page<AuditEvent> page = auditTrail.list(countyLeader, anyEvent(), firstPage);

        // then
        assertThat(events.lastSearch().townships()).isEmpty();
        assertThat(page.items()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AUDITOR", "LEADER"}, mode = EXCLUDE)
    void no_other_role_reads_the_audit_log(Role role) {
        // given
        Actor jinheUser = a(role).of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> auditTrail.list(jinheUser, eventsOf(JINHE), firstPage));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.AUDITOR, Role.LEADER);
        assertThat(events.lastSearch()).isNull();
    }

    @Test
    void verifying_an_intact_chain_reports_every_event_checked_and_no_break() {
        // given
        Actor countyAuditor = an(Role.AUDITOR).ofAllTownships().build();

        // when
        Verification verification = auditTrail.verify(countyAuditor, JINHE);

        // then
        assertThat(verification.intact()).isTrue();
        assertThat(verification.township()).isEqualTo(JINHE);
        assertThat(verification.eventsChecked()).isEqualTo(3);
        assertThat(verification.verifiedAt()).isEqualTo(NOW);
    }

    @Test
    void verifying_a_tampered_chain_reports_the_first_broken_event() {
        // given
        List<AuditEvent> lanli = new ArrayList<>(aChainOf(LANLI).ofLength(5).build());
        lanli.set(1, withChanges(lanli.get(1), "{}"));
        lanli.set(3, withChanges(lanli.get(3), "{}"));
        events.storeAll(lanli);
        Actor countyAuditor = an(Role.AUDITOR).ofAllTownships().build();

        // when
        Verification verification = auditTrail.verify(countyAuditor, LANLI);

        // then
        assertThat(verification.intact()).isFalse();
        assertThat(verification.eventsChecked()).isEqualTo(2);
        assertThat(verification.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.event().id()).isEqualTo(lanli.get(1).id());
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.HASH_MISMATCH);
        });
    }

    @Test
    void a_leader_verifies_their_own_township() {
        // given
        Actor jinheLeader = a(Role.LEADER).of(JINHE).build();

        // when
        Verification verification = auditTrail.verify(jinheLeader, JINHE);

        // then
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
    }

    @Test
    void a_leader_verifying_another_township_gets_not_found() {
        // given
        Actor jinheLeader = a(Role.LEADER).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> auditTrail.verify(jinheLeader, GAOCUN));

        // then
        assertThat(refusal.id()).isEqualTo("gaocun");
    }

    @Test
    void a_leader_with_all_townships_may_not_verify_a_township_not_their_own() {
        // given
        Actor countyLeader = a(Role.LEADER).ofAllTownships().build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> auditTrail.verify(countyLeader, GAOCUN));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.AUDITOR);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AUDITOR", "LEADER"}, mode = EXCLUDE)
    void no_other_role_verifies_the_chain_even_of_their_own_township(Role role) {
        // given
        Actor jinheUser = a(role).of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> auditTrail.verify(jinheUser, JINHE));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.AUDITOR, Role.LEADER);
    }

    @Test
    void a_staff_member_of_another_township_verifying_gets_not_found_not_forbidden() {
        // given
        Actor gaocunClerk = a(Role.STAFF).of(GAOCUN).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> auditTrail.verify(gaocunClerk, JINHE));

        // then
        assertThat(refusal.id()).isEqualTo("jinhe");
    }
}
