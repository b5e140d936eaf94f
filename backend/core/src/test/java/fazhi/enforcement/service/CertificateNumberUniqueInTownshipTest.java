package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.InvalidInput.FieldViolation;
import fazhi.shared.model.Role;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateNumberUniqueInTownshipTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor clerk = a(Role.STAFF).of(JINHE).build();

    @Test
    void registering_with_a_number_another_officer_of_the_township_holds_is_refused() {
        // given
        world.given(anOfficer().withId("officer-1").of(JINHE)
                .with(officerDetails().holding(aCertificate().numbered("湘执证-0001"))));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.register(clerk, JINHE,
                officerDetails().named("王芳").holding(aCertificate().numbered("湘执证-0001")).build()));

        // then
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("certificate.number", "certificate.number.taken", List.of("湘执证-0001")));
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void updating_to_a_number_another_officer_of_the_township_holds_is_refused() {
        // given
        world.given(anOfficer().withId("officer-1").with(officerDetails().holding(aCertificate().numbered("A-1"))));
        world.given(anOfficer().withId("officer-2").atVersion(2)
                .with(officerDetails().holding(aCertificate().numbered("A-2"))));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.update(clerk, JINHE,
                "officer-2", 2, officerDetails().holding(aCertificate().numbered("A-1")).build()));

        // then
        assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly("certificate.number");
        assertThat(world.officers.stored("officer-2").details().certificate().number()).isEqualTo("A-2");
    }

    @Test
    void the_same_number_in_another_township_is_fine() {
        // given
        world.given(anOfficer().withId("gaocun-officer").of(GAOCUN)
                .with(officerDetails().holding(aCertificate().numbered("湘执证-0001"))));

        // when
        Officer registered = world.service.register(clerk, JINHE,
                officerDetails().holding(aCertificate().numbered("湘执证-0001")).build());

        // then
        assertThat(registered.details().certificate().number()).isEqualTo("湘执证-0001");
        assertThat(registered.township()).isEqualTo(JINHE);
    }

    @Test
    void an_officer_keeps_their_own_number_on_update() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3)
                .with(officerDetails().named("李明").holding(aCertificate().numbered("湘执证-0001"))));

        // when
        Officer updated = world.service.update(clerk, JINHE, "officer-1", 3,
                officerDetails().named("李明华").holding(aCertificate().numbered("湘执证-0001")).build());

        // then
        assertThat(updated.details().name()).isEqualTo("李明华");
        assertThat(updated.details().certificate().number()).isEqualTo("湘执证-0001");
    }

    @Test
    void officers_without_certificate_never_clash() {
        // given
        world.given(anOfficer().withId("officer-1").with(officerDetails().withoutCertificate()));

        // when
        Officer registered = world.service.register(clerk, JINHE, officerDetails().withoutCertificate().build());

        // then
        assertThat(world.officers.stored(registered.id()).details().certificate()).isNull();
    }
}
