package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.Role;
import fazhi.shared.model.Stamp;
import fazhi.shared.port.out.AuditLog;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.OfficerRegisterFixture.NOW;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RegisteringOfficerTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor clerk = a(Role.STAFF).named("wang.clerk").of(JINHE).build();

    @Test
    void a_registered_officer_is_active_and_stored() {
        // when
        Officer officer = world.service.register(clerk, JINHE, officerDetails().named("李明").build());

        // then
        assertThat(officer.status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(officer.suspensionReason()).isNull();
        assertThat(officer.township()).isEqualTo(JINHE);
        assertThat(officer.id()).isNotBlank();
        assertThat(world.officers.stored(officer.id()).details().name()).isEqualTo("李明");
    }

    @Test
    void a_registered_officer_is_stamped_with_who_registered_it_and_when() {
        // when
        Officer officer = world.service.register(clerk, JINHE, officerDetails().build());

        // then
        assertThat(officer.created()).isEqualTo(new Stamp(NOW, "wang.clerk"));
        assertThat(officer.version()).isZero();
    }

    @Test
    void each_registered_officer_gets_its_own_id() {
        // when
        Officer first = world.service.register(clerk, JINHE, officerDetails().holding(aCertificate().numbered("A-1"))
                .build());
        Officer second = world.service.register(clerk, JINHE, officerDetails().holding(aCertificate().numbered("A-2"))
                .build());

        // then
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void registering_is_audited_as_officer_registered_with_every_field_set() {
        // when
        Officer officer = world.service.register(clerk, JINHE, officerDetails()
                .named("李明")
                .withPhone("13812345678")
                .holding(aCertificate().numbered("湘执证-0001")
                        .issuedOn(LocalDate.of(2024, 7, 1)).expiringOn(LocalDate.of(2027, 6, 30)))
                .build());

        // then
        AuditLog.Entry entry = world.auditLog.last();
        assertThat(world.auditLog.entries()).hasSize(1);
        assertThat(entry.action()).isEqualTo("officer.registered");
        assertThat(entry.recordType()).isEqualTo("officer");
        assertThat(entry.recordId()).isEqualTo(officer.id());
        assertThat(entry.township()).isEqualTo(JINHE);
        assertThat(entry.actor()).isEqualTo("wang.clerk");
        assertThat(entry.occurredAt()).isEqualTo(NOW);
        assertThat(entry.changes()).containsOnly(
                entry("name", new Change(null, "李明")),
                entry("department", new Change(null, "EMERGENCY")),
                entry("phone", new Change(null, "138****5678")),
                entry("status", new Change(null, "ACTIVE")),
                entry("certificate.number", new Change(null, "湘执证-0001")),
                entry("certificate.issuedOn", new Change(null, "2024-07-01")),
                entry("certificate.expiresOn", new Change(null, "2027-06-30")));
    }

    @Test
    void an_officer_without_certificate_or_phone_is_audited_without_those_fields() {
        // when
        world.service.register(clerk, JINHE, officerDetails().withPhone(null).withoutCertificate().build());

        // then
        assertThat(world.auditLog.last().changes()).containsOnlyKeys("name", "department", "status");
    }
}
