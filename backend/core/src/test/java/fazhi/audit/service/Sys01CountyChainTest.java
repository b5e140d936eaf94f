package fazhi.audit.service;

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

import java.time.Instant;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ActorBuilder.an;
import static fazhi.testing.AuditChainBuilder.aChainOf;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SYS-01 for county-wide records (the holiday calendar): their chain, keyed {@code county}, has no township
 * record, yet county auditors read and verify it.
 */
class Sys01CountyChainTest {

    private final InMemoryAuditEventRepository events = new InMemoryAuditEventRepository();
    private final FixedClock clock = FixedClock.at(Instant.parse("2025-12-31T08:00:00Z"));
    private final AuditTrailService auditTrail = new AuditTrailService(events,
            new TownshipService(TestTownships.theCounty(), new RecordingAuditLog(), clock), clock);
    private final PageRequest firstPage = PageRequest.of(0, 50, null, ReadingAuditTrail.SORTABLE,
            ReadingAuditTrail.DEFAULT_SORT);

    {
        events.storeAll(aChainOf(TownshipCode.COUNTY).ofLength(3).build());
    }

    @Test
    void a_county_auditor_verifies_the_county_chain() {
        // given
        Actor countyAuditor = an(Role.AUDITOR).ofAllTownships().build();

        // when
        Verification verification = auditTrail.verify(countyAuditor, TownshipCode.COUNTY);

        // then
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
    }

    @Test
    void a_county_auditor_reads_the_county_chain() {
        // given
        Actor countyAuditor = an(Role.AUDITOR).ofAllTownships().build();

        // when
        Page<AuditEvent> page = auditTrail.list(countyAuditor,
                new AuditFilter(TownshipCode.COUNTY, null, null, null, null, null), firstPage);

        // then
        assertThat(page.items()).extracting(AuditEvent::township).containsOnly(TownshipCode.COUNTY).hasSize(3);
    }

    @Test
    void a_township_auditor_does_not_see_the_county_chain() {
        // given
        Actor jinheAuditor = an(Role.AUDITOR).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> auditTrail.verify(jinheAuditor, TownshipCode.COUNTY));

        // then
        assertThat(refusal.id()).isEqualTo("county");
    }

    @Test
    void a_leader_with_all_townships_does_not_verify_the_county_chain() {
        // given
        Actor countyLeader = a(Role.LEADER).ofAllTownships().build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> auditTrail.verify(countyLeader, TownshipCode.COUNTY));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.AUDITOR);
    }
}
