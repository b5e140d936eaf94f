package fazhi.enforcement.service;

import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.AuditLog;
import fazhi.testing.MatterListFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ActorBuilder.an;
import static fazhi.testing.EnforcementMatterBuilder.aMatter;
import static fazhi.testing.MatterDetailsBuilder.matterDetails;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The township's list of enforcement matters (执法事项 / 权责清单): defining, editing, publishing, reading. */
class MatterRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final MatterListFixture world = new MatterListFixture();
    private final Actor clerk = a(Role.STAFF).named("wang.clerk").of(JINHE).build();
    private final Actor mayor = a(Role.LEADER).named("mayor").of(JINHE).build();

    private static PageRequest firstPage() {
        return PageRequest.of(0, 20, null, EnforcementMatterQuery.SORTABLE, EnforcementMatterQuery.DEFAULT_SORT);
    }

    @Nested
    class Defining {

        @Test
        void a_clerk_defines_a_matter_which_is_not_published_yet() {
            // when
            EnforcementMatter matter = world.service.define(clerk, JINHE, matterDetails().coded("JH-CF-001").build());

            // then
            assertThat(matter.published()).isFalse();
            assertThat(matter.publishedOn()).isNull();
            assertThat(matter.version()).isZero();
            assertThat(world.matters.stored(matter.id()).details().code()).isEqualTo("JH-CF-001");
        }

        @Test
        void defining_is_audited_with_every_field_set() {
            // when
            EnforcementMatter matter = world.service.define(clerk, JINHE, matterDetails().coded("JH-CF-001").build());

            // then
            AuditLog.Entry entry = world.auditLog.last();
            assertThat(entry.action()).isEqualTo("enforcement-matter.defined");
            assertThat(entry.recordType()).isEqualTo("enforcement-matter");
            assertThat(entry.recordId()).isEqualTo(matter.id());
            assertThat(entry.actor()).isEqualTo("wang.clerk");
            assertThat(entry.changes()).contains(entry("code", new Change(null, "JH-CF-001")),
                    entry("source", new Change(null, "COUNTY_DELEGATED")),
                    entry("delegationReference", new Change(null, "麻政发〔2024〕8号")),
                    entry("published", new Change(null, "false")));
        }

        @Test
        void a_code_used_in_the_township_is_refused_naming_the_code_and_nothing_is_saved() {
            // given
            world.given(aMatter().with(matterDetails().coded("JH-CF-001")));

            // when
            InvalidInput refusal = thrown(InvalidInput.class,
                    () -> world.service.define(clerk, JINHE, matterDetails().coded("JH-CF-001").build()));

            // then
            assertThat(refusal.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("code");
                assertThat(v.messageKey()).isEqualTo("matter.code.taken");
            });
            assertThat(world.matters.saves()).isEmpty();
            assertThat(world.auditLog.entries()).isEmpty();
        }

        @Test
        void the_same_code_is_free_in_another_township() {
            // given
            world.given(aMatter().with(matterDetails().coded("JH-CF-001")));
            Actor gaocunClerk = a(Role.STAFF).of(GAOCUN).build();

            // when
            EnforcementMatter matter = world.service.define(gaocunClerk, GAOCUN,
                    matterDetails().coded("JH-CF-001").build());

            // then
            assertThat(matter.township()).isEqualTo(GAOCUN);
        }

        @Test
        void roles_that_do_not_keep_the_list_may_not_define() {
            for (Role role : new Role[] {Role.OFFICER, Role.LEGAL_REVIEWER, Role.AUDITOR, Role.COUNTY_SYSTEM,
                    Role.ADMIN}) {
                thrown(AccessDenied.class, () -> world.service.define(a(role).of(JINHE).build(), JINHE,
                        matterDetails().build()));
            }
            assertThat(world.matters.saves()).isEmpty();
        }

        @Test
        void sys04_a_clerk_of_another_township_is_told_it_does_not_exist() {
            // when
            RecordNotFound refusal = thrown(RecordNotFound.class, () -> world.service.define(
                    a(Role.STAFF).of(GAOCUN).build(), JINHE, matterDetails().build()));

            // then
            assertThat(refusal.recordType()).isEqualTo("township");
            assertThat(world.matters.saves()).isEmpty();
        }
    }

    @Nested
    class Revising {

        @Test
        void an_unpublished_matter_is_edited_with_the_version_read() {
            // given
            world.given(aMatter().withId("m-1").atVersion(2));

            // when
            EnforcementMatter revised = world.service.revise(clerk, JINHE, "m-1", 2,
                    matterDetails().named("对生产经营单位未按规定开展安全生产教育培训的处罚").build());

            // then
            assertThat(revised.version()).isEqualTo(3);
            assertThat(revised.details().name()).isEqualTo("对生产经营单位未按规定开展安全生产教育培训的处罚");
            assertThat(world.auditLog.last().action()).isEqualTo("enforcement-matter.revised");
            assertThat(world.auditLog.last().changes()).containsOnlyKeys("name");
        }

        @Test
        void a_published_matter_is_not_edited_until_withdrawn() {
            // given
            world.given(aMatter().withId("m-1").publishedOn(LocalDate.of(2025, 3, 1)));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.revise(clerk, JINHE, "m-1", 2,
                    matterDetails().named("改名").build()));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                    .containsExactly("matter.published.notEditable");
            assertThat(world.matters.saves()).isEmpty();
        }

        @Test
        void the_code_of_another_matter_is_refused_its_own_is_kept() {
            // given
            world.given(aMatter().withId("m-1").with(matterDetails().coded("JH-CF-001")));
            world.given(aMatter().withId("m-2").with(matterDetails().coded("JH-CF-002")));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.revise(clerk, JINHE, "m-2", 2,
                    matterDetails().coded("JH-CF-001").build()));
            EnforcementMatter kept = world.service.revise(clerk, JINHE, "m-1", 2,
                    matterDetails().coded("JH-CF-001").named("新名称").build());

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("code");
            assertThat(kept.details().name()).isEqualTo("新名称");
        }

        @Test
        void sys02_a_stale_version_overwrites_nothing() {
            // given
            world.given(aMatter().withId("m-1").atVersion(4));

            // when
            StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.revise(clerk, JINHE, "m-1", 3,
                    matterDetails().named("改名").build()));

            // then
            assertThat(refusal.ruleId()).isEqualTo("SYS-02");
            assertThat(refusal.arguments()).containsExactly("enforcement-matter", "m-1", 3L, 4L);
            assertThat(world.matters.saves()).isEmpty();
            assertThat(world.auditLog.entries()).isEmpty();
        }
    }

    @Nested
    class Publishing {

        @Test
        void a_leader_publishes_a_matter_as_of_today() {
            // given
            world.given(aMatter().withId("m-1"));

            // when
            EnforcementMatter published = world.service.publish(mayor, JINHE, "m-1", 2);

            // then
            assertThat(published.published()).isTrue();
            assertThat(published.publishedOn()).isEqualTo(TODAY);
            assertThat(world.auditLog.last().action()).isEqualTo("enforcement-matter.published");
            assertThat(world.auditLog.last().changes()).contains(entry("published", new Change("false", "true")),
                    entry("publishedOn", new Change(null, "2025-06-30")));
        }

        @Test
        void a_clerk_may_not_publish_or_withdraw() {
            // given
            world.given(aMatter().withId("m-1"));
            world.given(aMatter().withId("m-2").with(matterDetails().coded("B")).publishedOn(TODAY));

            // then
            thrown(AccessDenied.class, () -> world.service.publish(clerk, JINHE, "m-1", 2));
            thrown(AccessDenied.class, () -> world.service.withdraw(clerk, JINHE, "m-2", 2));
            assertThat(world.matters.saves()).isEmpty();
        }

        @Test
        void a_published_matter_is_not_published_twice() {
            // given
            world.given(aMatter().withId("m-1").publishedOn(LocalDate.of(2025, 3, 1)));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.publish(mayor, JINHE, "m-1", 2));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                    .containsExactly("matter.alreadyPublished");
        }

        @Test
        void a_withdrawn_matter_leaves_the_public_list_and_keeps_its_last_publication_date() {
            // given
            world.given(aMatter().withId("m-1").publishedOn(LocalDate.of(2025, 3, 1)));

            // when
            EnforcementMatter withdrawn = world.service.withdraw(mayor, JINHE, "m-1", 2);

            // then
            assertThat(withdrawn.published()).isFalse();
            assertThat(withdrawn.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(withdrawn.withdrawnOn()).isEqualTo(TODAY);
            assertThat(world.service.published(JINHE, EnforcementMatterQuery.all(), firstPage()).total()).isZero();
        }

        @Test
        void an_unpublished_matter_cannot_be_withdrawn() {
            // given
            world.given(aMatter().withId("m-1"));

            // when
            InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.withdraw(mayor, JINHE, "m-1", 2));

            // then
            assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::messageKey)
                    .containsExactly("matter.notPublished");
        }

        @Test
        void sys02_publishing_on_a_stale_version_is_refused() {
            // given
            world.given(aMatter().withId("m-1").atVersion(5));

            // when
            StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.publish(mayor, JINHE, "m-1", 4));

            // then
            assertThat(refusal.ruleId()).isEqualTo("SYS-02");
            assertThat(world.matters.stored("m-1").published()).isFalse();
        }

        @Test
        void sys04_a_leader_of_another_township_is_told_it_does_not_exist() {
            // given
            world.given(aMatter().withId("m-1"));

            // then
            thrown(RecordNotFound.class, () -> world.service.publish(a(Role.LEADER).of(GAOCUN).build(), JINHE,
                    "m-1", 2));
            thrown(RecordNotFound.class, () -> world.service.publish(a(Role.LEADER).of(GAOCUN).build(), GAOCUN,
                    "m-1", 2));
            assertThat(world.matters.saves()).isEmpty();
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_the_list_and_a_matter() {
            // given
            world.given(aMatter().withId("m-1"));

            for (Role role : Role.values()) {
                Actor reader = a(role).of(JINHE).build();
                assertThat(world.service.get(reader, JINHE, "m-1").id()).isEqualTo("m-1");
                assertThat(world.service.list(reader, JINHE, EnforcementMatterQuery.all(), firstPage()).total())
                        .isEqualTo(1);
            }
        }

        @Test
        void sys04_another_townships_matter_is_not_found() {
            // given
            world.given(aMatter().withId("m-1").of(GAOCUN));

            // then
            thrown(RecordNotFound.class, () -> world.service.get(clerk, GAOCUN, "m-1"));
            thrown(RecordNotFound.class, () -> world.service.get(clerk, JINHE, "m-1"));
            thrown(RecordNotFound.class, () -> world.service.list(clerk, GAOCUN, EnforcementMatterQuery.all(),
                    firstPage()));
        }

        @Test
        void the_list_filters_by_kind_field_source_and_published() {
            // given
            world.given(aMatter().withId("m-1").with(matterDetails().coded("A")).publishedOn(TODAY));
            world.given(aMatter().withId("m-2").with(matterDetails().coded("B").ofKind(MatterKind.INSPECTION)
                    .in(EnforcementField.ROAD_TRAFFIC_SAFETY)));
            world.given(aMatter().withId("m-3").with(matterDetails().coded("C").own()));

            // then
            Page<EnforcementMatter> inspections = world.service.list(clerk, JINHE, new EnforcementMatterQuery(
                    MatterKind.INSPECTION, null, null, null, null, null), firstPage());
            Page<EnforcementMatter> own = world.service.list(clerk, JINHE, new EnforcementMatterQuery(
                    null, null, null, MatterSource.OWN, null, null), firstPage());
            Page<EnforcementMatter> unpublished = world.service.list(clerk, JINHE, new EnforcementMatterQuery(
                    null, null, null, null, false, null), firstPage());
            assertThat(inspections.items()).extracting(EnforcementMatter::id).containsExactly("m-2");
            assertThat(own.items()).extracting(EnforcementMatter::id).containsExactly("m-3");
            assertThat(unpublished.items()).extracting(EnforcementMatter::id).containsExactly("m-2", "m-3");
        }
    }

    @Nested
    class ThePublicList {

        @Test
        void shows_only_published_matters_whatever_the_filter_asks() {
            // given
            world.given(aMatter().withId("m-1").with(matterDetails().coded("A")).publishedOn(TODAY));
            world.given(aMatter().withId("m-2").with(matterDetails().coded("B")));

            // when
            Page<EnforcementMatter> page = world.service.published(JINHE, new EnforcementMatterQuery(
                    null, null, null, null, false, null), firstPage());

            // then
            assertThat(page.items()).extracting(EnforcementMatter::id).containsExactly("m-1");
        }

        @Test
        void an_unknown_township_is_not_found() {
            thrown(RecordNotFound.class, () -> world.service.published(TownshipCode.of("nowhere"),
                    EnforcementMatterQuery.all(), firstPage()));
        }

        @Test
        void another_townships_published_matters_stay_out() {
            // given
            world.given(aMatter().withId("m-1").of(GAOCUN).publishedOn(TODAY));

            // then
            assertThat(world.service.published(JINHE, EnforcementMatterQuery.all(), firstPage()).total()).isZero();
            assertThat(world.service.published(GAOCUN, EnforcementMatterQuery.all(), firstPage()).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void an_actor_without_roles_reads_nothing() {
        world.given(aMatter().withId("m-1"));
        thrown(AccessDenied.class, () -> world.service.get(an().of(JINHE).build(), JINHE, "m-1"));
    }
}
