package fazhi.enforcement.service;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.Officer;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.Role;
import fazhi.shared.model.Stamp;
import fazhi.shared.port.out.AuditLog;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.from;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.OfficerRegisterFixture.NOW;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class UpdatingOfficerTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor clerk = a(Role.STAFF).named("wang.clerk").of(JINHE).build();

    private final Officer officer = world.given(anOfficer().withId("officer-1").atVersion(3)
            .with(officerDetails().named("李明").in(Department.EMERGENCY).withPhone("13812345678")));

    @Test
    void updating_stores_the_new_details_under_a_new_version() {
        // when
        Officer updated = world.service.update(clerk, JINHE, "officer-1", 3,
                from(officer.details()).in(Department.FORESTRY).build());

        // then
        assertThat(updated.details().department()).isEqualTo(Department.FORESTRY);
        assertThat(updated.version()).isEqualTo(4);
        assertThat(updated.updated()).isEqualTo(new Stamp(NOW, "wang.clerk"));
        assertThat(world.officers.stored("officer-1").details().department()).isEqualTo(Department.FORESTRY);
    }

    @Test
    void the_audit_entry_of_an_update_lists_only_the_changed_fields() {
        // when
        world.service.update(clerk, JINHE, "officer-1", 3,
                from(officer.details()).named("李明华").in(Department.FORESTRY).build());

        // then
        AuditLog.Entry entry = world.auditLog.last();
        assertThat(entry.action()).isEqualTo("officer.updated");
        assertThat(entry.recordId()).isEqualTo("officer-1");
        assertThat(entry.actor()).isEqualTo("wang.clerk");
        assertThat(entry.changes()).containsOnly(
                entry("name", new Change("李明", "李明华")),
                entry("department", new Change("EMERGENCY", "FORESTRY")));
    }

    @Test
    void a_changed_phone_is_audited_masked() {
        // when
        world.service.update(clerk, JINHE, "officer-1", 3, from(officer.details()).withPhone("13987654321").build());

        // then
        AuditLog.Entry entry = world.auditLog.last();
        assertThat(entry.changes()).containsOnly(entry("phone", new Change("138****5678", "139****4321")));
        assertThat(entry.toString()).doesNotContain("13812345678").doesNotContain("13987654321");
    }

    @Test
    void a_phone_changed_only_in_its_hidden_digits_still_shows_as_a_change() {
        // when
        world.service.update(clerk, JINHE, "officer-1", 3, from(officer.details()).withPhone("13899995678").build());

        // then
        assertThat(world.auditLog.last().changes()).containsOnly(entry("phone", new Change("138****5678",
                "138****5678")));
    }

    @Test
    void an_update_that_changes_nothing_is_still_audited_with_no_changes() {
        // when
        world.service.update(clerk, JINHE, "officer-1", 3, officer.details());

        // then
        assertThat(world.auditLog.last().action()).isEqualTo("officer.updated");
        assertThat(world.auditLog.last().changes()).isEmpty();
    }
}
