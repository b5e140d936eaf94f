package fazhi.enforcement.service;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamResult;
import fazhi.enforcement.model.ExamStatus;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.port.in.ExamRegistrationQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.ExamRegistrationFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.ExamRegistrationDetailsBuilder.examRegistration;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** Certificate-exam registrations (行政执法资格证考试报名) and their results; a pass issues a certificate. */
class ExamRegistrationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final ExamRegistrationFixture world = new ExamRegistrationFixture();
    private final Actor clerk = a(Role.STAFF).named("wang.clerk").of(JINHE).build();

    private static Certificate certificate(String number) {
        return aCertificate().numbered(number).issuedOn(LocalDate.of(2025, 6, 28))
                .expiringOn(LocalDate.of(2031, 6, 27)).build();
    }

    private static ExamResult pass(String number) {
        return ExamResult.of(ExamStatus.PASSED, 86, certificate(number));
    }

    private static PageRequest firstPage() {
        return PageRequest.of(0, 20, null, ExamRegistrationQuery.SORTABLE, ExamRegistrationQuery.DEFAULT_SORT);
    }

    @Nested
    class Registering {

        @Test
        void a_clerk_registers_someone_who_then_waits_for_the_result() {
            // when
            ExamRegistration registration = world.service.register(clerk, JINHE,
                    examRegistration().of("向明辉").build(), null);

            // then
            assertThat(registration.status()).isEqualTo(ExamStatus.REGISTERED);
            assertThat(registration.officerId()).isNull();
            assertThat(registration.version()).isZero();
            assertThat(world.auditLog.last().action()).isEqualTo("exam-registration.registered");
        }

        @Test
        void a_registration_may_name_an_officer_of_the_register() {
            // given
            world.given(anOfficer().withId("officer-7"));

            // when
            ExamRegistration registration = world.service.register(clerk, JINHE, examRegistration().build(),
                    "officer-7");

            // then
            assertThat(registration.officerId()).isEqualTo("officer-7");
        }

        @Test
        void an_officer_not_in_the_townships_register_is_refused_naming_the_field() {
            // given
            world.given(anOfficer().withId("officer-g").of(GAOCUN));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.register(clerk, JINHE,
                    examRegistration().build(), "officer-g"));

            // then
            assertThat(refusal.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("officerId");
                assertThat(v.messageKey()).isEqualTo("exam.officer.unknown");
            });
            assertThat(world.registrations.saves()).isEmpty();
        }

        @Test
        void an_officer_or_an_auditor_may_not_register() {
            for (Role role : new Role[] {Role.OFFICER, Role.AUDITOR, Role.LEGAL_REVIEWER, Role.ADMIN,
                    Role.COUNTY_SYSTEM}) {
                thrown(AccessDenied.class, () -> world.service.register(a(role).of(JINHE).build(), JINHE,
                        examRegistration().build(), null));
            }
            assertThat(world.registrations.saves()).isEmpty();
        }

        @Test
        void sys04_a_clerk_of_another_township_is_told_it_does_not_exist() {
            thrown(RecordNotFound.class, () -> world.service.register(a(Role.STAFF).of(GAOCUN).build(), JINHE,
                    examRegistration().build(), null));
            assertThat(world.registrations.saves()).isEmpty();
        }

        @Test
        void a_registration_is_edited_until_the_result_is_in() {
            // given
            world.given("reg-1", examRegistration().of("向明辉"), null);

            // when
            ExamRegistration revised = world.service.revise(clerk, JINHE, "reg-1", 1,
                    examRegistration().of("向明辉").in(Department.FORESTRY).build(), null);

            // then
            assertThat(revised.details().department()).isEqualTo(Department.FORESTRY);
            assertThat(world.auditLog.last().changes()).containsOnlyKeys("department");
        }
    }

    @Nested
    class APass {

        @Test
        void issues_the_certificate_to_a_new_officer_of_the_register() {
            // given
            world.given("reg-1", examRegistration().of("向明辉").in(Department.AGRICULTURE), null);

            // when
            ExamRegistration passed = world.service.recordResult(clerk, JINHE, "reg-1", 1, pass("湘执法43122600111"));

            // then
            assertThat(passed.status()).isEqualTo(ExamStatus.PASSED);
            assertThat(passed.score()).isEqualTo(86);
            assertThat(passed.resultRecordedOn()).isEqualTo(TODAY);
            assertThat(passed.certificate().number()).isEqualTo("湘执法43122600111");
            Officer officer = world.officers.stored(passed.officerId());
            assertThat(officer.details().name()).isEqualTo("向明辉");
            assertThat(officer.details().department()).isEqualTo(Department.AGRICULTURE);
            assertThat(officer.details().certificate()).isEqualTo(certificate("湘执法43122600111"));
            assertThat(officer.mayActOn(TODAY)).isTrue();
        }

        @Test
        void of_a_linked_officer_replaces_that_officers_certificate_and_keeps_the_rest() {
            // given
            world.given(anOfficer().withId("officer-7").with(officerDetails().named("田志军")
                    .in(Department.AGRICULTURE).withPhone("13907451204")
                    .holding(aCertificate().numbered("湘执法-OLD").issuedOn(LocalDate.of(2019, 7, 1))
                            .expiringOn(LocalDate.of(2025, 6, 1)))));
            world.given("reg-1", examRegistration().of("田志军"), "officer-7");

            // when
            world.service.recordResult(clerk, JINHE, "reg-1", 1, pass("湘执法43122600104"));

            // then
            Officer officer = world.officers.stored("officer-7");
            assertThat(officer.details().certificate().number()).isEqualTo("湘执法43122600104");
            assertThat(officer.details().phone()).isEqualTo("13907451204");
            assertThat(officer.details().department()).isEqualTo(Department.AGRICULTURE);
            assertThat(officer.version()).isEqualTo(4);
            assertThat(world.officers.saves()).hasSize(1);
        }

        @Test
        void is_audited_on_the_registration_and_on_the_officer() {
            // given
            world.given("reg-1", examRegistration(), null);

            // when
            world.service.recordResult(clerk, JINHE, "reg-1", 1, pass("湘执法43122600111"));

            // then
            assertThat(world.auditLog.entries()).extracting(e -> e.action())
                    .containsExactly("officer.registered", "exam-registration.result-recorded");
            assertThat(world.auditLog.last().changes()).containsKeys("status", "score", "certificate.number",
                    "officerId", "resultRecordedOn");
        }

        @Test
        void with_a_certificate_number_held_by_another_officer_is_refused_and_nothing_is_saved() {
            // given
            world.given(anOfficer().withId("officer-1").with(officerDetails()
                    .holding(aCertificate().numbered("湘执法43122600101"))));
            world.given("reg-1", examRegistration(), null);

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.recordResult(clerk, JINHE, "reg-1",
                    1, pass("湘执法43122600101")));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                    .containsExactly("certificate.number");
            assertThat(world.registrations.saves()).isEmpty();
            assertThat(world.officers.saves()).isEmpty();
            assertThat(world.registrations.stored("reg-1").status()).isEqualTo(ExamStatus.REGISTERED);
        }

        @Test
        void with_a_certificate_issued_before_the_exam_is_refused() {
            // given
            world.given("reg-1", examRegistration().examOn(LocalDate.of(2025, 6, 21)), null);
            ExamResult early = ExamResult.of(ExamStatus.PASSED, 90, aCertificate().numbered("N-1")
                    .issuedOn(LocalDate.of(2025, 6, 20)).expiringOn(LocalDate.of(2031, 6, 19)).build());

            // when
            InvalidInput refusal = thrown(InvalidInput.class,
                    () -> world.service.recordResult(clerk, JINHE, "reg-1", 1, early));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                    .containsExactly("certificate.issuedOn");
            assertThat(world.officers.saves()).isEmpty();
        }

        @Test
        void makes_the_registration_show_up_among_the_officers_registrations() {
            // given
            world.given("reg-1", examRegistration(), null);
            world.given("reg-2", examRegistration().of("别人"), null);

            // when
            ExamRegistration passed = world.service.recordResult(clerk, JINHE, "reg-1", 1, pass("N-9"));

            // then
            assertThat(world.service.list(clerk, JINHE, new ExamRegistrationQuery(null, null, passed.officerId()),
                    firstPage()).items()).extracting(ExamRegistration::id).containsExactly("reg-1");
        }
    }

    @Nested
    class OtherResults {

        @Test
        void a_failed_exam_issues_no_certificate() {
            // given
            world.given("reg-1", examRegistration(), null);

            // when
            ExamRegistration failed = world.service.recordResult(clerk, JINHE, "reg-1", 1,
                    ExamResult.of(ExamStatus.FAILED, 52, null));

            // then
            assertThat(failed.status()).isEqualTo(ExamStatus.FAILED);
            assertThat(failed.score()).isEqualTo(52);
            assertThat(failed.certificate()).isNull();
            assertThat(failed.officerId()).isNull();
            assertThat(world.officers.saves()).isEmpty();
        }

        @Test
        void an_absence_issues_no_certificate_and_has_no_score() {
            // given
            world.given("reg-1", examRegistration(), null);

            // when
            ExamRegistration absent = world.service.recordResult(clerk, JINHE, "reg-1", 1,
                    ExamResult.of(ExamStatus.ABSENT, null, null));

            // then
            assertThat(absent.status()).isEqualTo(ExamStatus.ABSENT);
            assertThat(absent.score()).isNull();
            assertThat(world.officers.saves()).isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void a_result_is_recorded_once() {
            // given
            world.given("reg-1", examRegistration(), null);
            ExamRegistration failed = world.service.recordResult(clerk, JINHE, "reg-1", 1,
                    ExamResult.of(ExamStatus.FAILED, 52, null));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.recordResult(clerk, JINHE, "reg-1",
                    failed.version(), pass("N-1")));

            // then
            assertThat(refusal.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("status");
                assertThat(v.messageKey()).isEqualTo("exam.status.transition");
            });
            assertThat(world.officers.saves()).isEmpty();
            assertThat(world.registrations.stored("reg-1").status()).isEqualTo(ExamStatus.FAILED);
        }

        @Test
        void a_registration_with_its_result_is_no_longer_edited() {
            // given
            world.given("reg-1", examRegistration(), null);
            ExamRegistration failed = world.service.recordResult(clerk, JINHE, "reg-1", 1,
                    ExamResult.of(ExamStatus.FAILED, 52, null));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.revise(clerk, JINHE, "reg-1",
                    failed.version(), examRegistration().of("改名").build(), null));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                    .containsExactly("exam.notEditable");
        }

        @Test
        void no_result_before_the_exam_was_held() {
            // given
            world.given("reg-1", examRegistration().examOn(TODAY.plusDays(1)), null);

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.recordResult(clerk, JINHE, "reg-1",
                    1, ExamResult.of(ExamStatus.FAILED, 40, null)));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                    .containsExactly("exam.result.beforeExam");
        }

        @Test
        void only_staff_and_leaders_record_results() {
            // given
            world.given("reg-1", examRegistration(), null);

            // then
            for (Role role : new Role[] {Role.OFFICER, Role.AUDITOR, Role.LEGAL_REVIEWER, Role.ADMIN,
                    Role.COUNTY_SYSTEM}) {
                thrown(AccessDenied.class, () -> world.service.recordResult(a(role).of(JINHE).build(), JINHE,
                        "reg-1", 1, pass("N-1")));
            }
            ExamRegistration byLeader = world.service.recordResult(a(Role.LEADER).of(JINHE).build(), JINHE, "reg-1",
                    1, pass("N-1"));
            assertThat(byLeader.status()).isEqualTo(ExamStatus.PASSED);
        }

        @Test
        void sys02_a_stale_version_records_nothing() {
            // given
            world.given("reg-1", examRegistration(), null);

            // when
            StaleRecord refusal = thrown(StaleRecord.class,
                    () -> world.service.recordResult(clerk, JINHE, "reg-1", 0, pass("N-1")));

            // then
            assertThat(refusal.ruleId()).isEqualTo("SYS-02");
            assertThat(refusal.arguments()).containsExactly("exam-registration", "reg-1", 0L, 1L);
            assertThat(world.registrations.saves()).isEmpty();
            assertThat(world.officers.saves()).isEmpty();
            assertThat(world.auditLog.entries()).isEmpty();
        }

        @Test
        void sys04_another_townships_registration_is_not_found() {
            // given
            world.given("reg-g", GAOCUN, examRegistration(), null);

            // then
            thrown(RecordNotFound.class, () -> world.service.get(clerk, GAOCUN, "reg-g"));
            thrown(RecordNotFound.class, () -> world.service.get(clerk, JINHE, "reg-g"));
            thrown(RecordNotFound.class, () -> world.service.recordResult(clerk, GAOCUN, "reg-g", 1, pass("N-1")));
            thrown(RecordNotFound.class, () -> world.service.list(clerk, GAOCUN, ExamRegistrationQuery.all(),
                    firstPage()));
            assertThat(world.officers.saves()).isEmpty();
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_registrations() {
            // given
            world.given("reg-1", examRegistration(), null);

            for (Role role : Role.values()) {
                Actor reader = a(role).of(JINHE).build();
                assertThat(world.service.get(reader, JINHE, "reg-1").id()).isEqualTo("reg-1");
                assertThat(world.service.list(reader, JINHE, ExamRegistrationQuery.all(), firstPage()).total())
                        .isEqualTo(1);
            }
        }

        @Test
        void the_list_filters_by_year_and_status() {
            // given
            world.given("reg-1", examRegistration(), null);
            world.given("reg-2", examRegistration().forYear(2024).examOn(LocalDate.of(2024, 11, 9))
                    .registeredOn(LocalDate.of(2024, 9, 1)), null);

            // then
            assertThat(world.service.list(clerk, JINHE, new ExamRegistrationQuery(2024, null, null), firstPage())
                    .items()).extracting(ExamRegistration::id).containsExactly("reg-2");
            assertThat(world.service.list(clerk, JINHE, new ExamRegistrationQuery(null, ExamStatus.PASSED, null),
                    firstPage()).total()).isZero();
        }
    }
}
