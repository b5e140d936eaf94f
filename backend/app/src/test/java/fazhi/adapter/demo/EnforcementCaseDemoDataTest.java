package fazhi.adapter.demo;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.port.in.CaseSummary;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.enforcement.port.in.PublishedDecision;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.out.Clock;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo cases of Jinhe load through the rules and give the seed's 2025 figures (7 penalty decisions: 6 fines,
 * 1 warning; 首违不罚), plus open cases for the deadlines radar; once.
 */
@QuarkusTest
class EnforcementCaseDemoDataTest {

    static final TownshipCode JINHE = TownshipCode.of("jinhe");
    static final Actor LEADER = new Actor("t-leader", Set.of(Role.LEADER), Set.of(JINHE), false);
    static final String CASES_2025 = "select count(*) from enforcement_case where township = 'jinhe' "
            + "and filed_on between '2025-01-01' and '2025-12-31'";
    static final List<String> ID_NUMBERS = List.of("431226196804120319", "431226197508230577",
            "43122619900306113X", "431226198209170425", "431226197901300754", "431226198605110280",
            "431226198407280916", "43122619710219035X");
    private static boolean loaded;

    @Inject
    EnforcementCaseDemoData demo;
    @Inject
    ManagingOfficers officers;
    @Inject
    ProcessingEnforcementCases cases;
    @Inject
    @Any
    Instance<Deadlines> deadlines;
    @Inject
    TestTownships townships;
    @Inject
    Clock clock;
    @Inject
    Sql sql;

    long count(String query, Object... parameters) {
        return sql.count(query, parameters);
    }

    /** Given Jinhe with the demo officers and without cases (other tests' cases removed), the demo loads once. */
    @BeforeEach
    void loadOnce() {
        if (loaded) {
            return;
        }
        townships.ensure();
        QuarkusTransaction.requiringNew().run(this::ensureDemoOfficers);
        sql.update("delete from enforcement_case where township = 'jinhe'");
        sql.update("delete from enforcement_case_counter where township = 'jinhe'");
        QuarkusTransaction.requiringNew().run(demo::load);
        loaded = true;
    }

    /**
     * The officers {@link DemoDataLoader} registers, certified from 2021 on (not through the loader: it also
     * registers Gaocun's officer as {@code system}, which the audit test's tampering and repair of Gaocun's second
     * event does not expect).
     */
    private void ensureDemoOfficers() {
        for (String name : EnforcementCaseDemoData.OFFICERS) {
            if (count("select count(*) from officers where township = 'jinhe' and name = ?", name) == 0) {
                officers.register(Actor.system(), JINHE, new OfficerDetails(name, Department.EMERGENCY, null,
                        new Certificate("H7-" + UUID.randomUUID().toString().substring(0, 8),
                                LocalDate.of(2021, 1, 1), clock.today().plusYears(3))));
            }
        }
    }

    @Test
    void twelve_cases_of_2025_all_in_the_four_safety_fields_and_all_closed() {
        assertThat(count(CASES_2025)).isEqualTo(12);
        assertThat(count(CASES_2025 + " and field in ('ROAD_TRAFFIC_SAFETY', 'WATER_TRAFFIC_SAFETY', "
                + "'FIRE_SAFETY', 'NON_COAL_MINE_SAFETY')")).isEqualTo(12);
        for (String field : new String[] {"ROAD_TRAFFIC_SAFETY", "WATER_TRAFFIC_SAFETY", "FIRE_SAFETY",
                "NON_COAL_MINE_SAFETY"}) {
            assertThat(count(CASES_2025 + " and field = ?", field)).as(field).isPositive();
        }
        assertThat(count(CASES_2025 + " and status = 'CLOSED' and closed_on <= '2025-12-31'")).isEqualTo(12);
        assertThat(count(CASES_2025 + " and case_procedure = 'SIMPLE'")).isEqualTo(5);
        assertThat(count(CASES_2025 + " and party_kind = 'ORGANISATION'")).isEqualTo(6);
    }

    @Test
    void seven_penalty_decisions_six_fines_one_warning_numbered_1_to_7() {
        assertThat(count(CASES_2025 + " and decision_number is not null")).isEqualTo(7);
        assertThat(count(CASES_2025 + " and outcome_kind = 'FINE'")).isEqualTo(6);
        assertThat(count(CASES_2025 + " and outcome_kind = 'WARNING'")).isEqualTo(1);
        for (int n = 1; n <= 7; n++) {
            assertThat(count(CASES_2025 + " and decision_number = ?", "锦和罚决字〔2025〕第" + n + "号")).as("第%d号", n)
                    .isEqualTo(1);
        }
        // numbered in the order of the decisions
        assertThat(count(CASES_2025 + " and decision_number = '锦和罚决字〔2025〕第1号' and decided_on = '2025-03-20'"))
                .isEqualTo(1);
        assertThat(count(CASES_2025 + " and decision_number = '锦和罚决字〔2025〕第7号' and decided_on = '2025-11-26'"))
                .isEqualTo(1);
        // modest fines, below the hearing thresholds
        assertThat(count(CASES_2025 + " and outcome_kind = 'FINE' and ((party_kind = 'INDIVIDUAL' and fine_amount "
                + "between 50 and 2000) or (party_kind = 'ORGANISATION' and fine_amount between 1000 and 30000))"))
                .isEqualTo(6);
    }

    @Test
    void the_one_major_case_was_decided_after_its_legal_review_passed() {
        assertThat(count(CASES_2025 + " and major")).isEqualTo(1);
        assertThat(count(CASES_2025 + " and major and hearing_waived_on is not null and exists (select 1 from "
                + "legality_reviews r where r.subject_type = 'ENFORCEMENT_DECISION' and r.subject_ref = "
                + "enforcement_case.id and r.status = 'APPROVED' and r.submitted_by = 'officer' "
                + "and r.submitted_on = '2025-07-10')")).isEqualTo(1);
    }

    @Test
    void three_first_violations_with_the_education_given_and_two_minor_ones() {
        assertThat(count(CASES_2025 + " and outcome_kind = 'NO_PENALTY_FIRST_VIOLATION' "
                + "and outcome_education is not null and decision_number is null")).isEqualTo(3);
        assertThat(count(CASES_2025 + " and outcome_kind = 'NO_PENALTY_MINOR' and outcome_reason is not null"))
                .isEqualTo(2);
    }

    @Test
    void every_2025_case_has_its_process_record_and_every_fine_was_paid_one_late_with_the_surcharge() {
        assertThat(count(CASES_2025 + " and recorder_footage_ref like 'JHZF-2025-%' and documents_complete "
                + "and certificates_shown and uniform_worn")).isEqualTo(12);
        assertThat(count(CASES_2025 + " and outcome_kind = 'FINE' and executed_on is not null "
                + "and amount_paid = fine_amount + coalesce(surcharge, 0)")).isEqualTo(6);
        assertThat(count(CASES_2025 + " and surcharge > 0")).isEqualTo(1);
        assertThat(count(CASES_2025 + " and surcharge = 960.00 and amount_paid = 8960.00")).isEqualTo(1);
    }

    @Test
    void five_penalty_decisions_of_2025_are_on_the_public_list_without_personal_data() {
        List<PublishedDecision> published = cases.published(JINHE, 2025, PageRequest.of(0, 50, null,
                Set.of("decidedOn"), "decidedOn,desc")).items();

        assertThat(published).hasSizeGreaterThanOrEqualTo(5);
        assertThat(published).extracting(d -> d.decisionNumber().toString())
                .allMatch(number -> number.startsWith("锦和罚决字〔2025〕第"));
        assertThat(published).extracting(PublishedDecision::partyName)
                .contains("向某", "麻阳兴和石油销售有限公司锦和加油站")
                .noneMatch(name -> name.equals("向明亮"));
    }

    @Test
    void the_open_cases_are_of_this_year_with_deadlines_in_the_coming_week() {
        LocalDate today = clock.today();
        assumeTrue(today.getDayOfYear() > 90, "early in the year the open cases are moved to 1 January");

        List<Deadline> due = deadlines.stream().flatMap(d -> d.dueWithin(LEADER, JINHE, Period.ofDays(7)).stream())
                .toList();

        assertThat(count("select count(*) from enforcement_case where township = 'jinhe' and filed_on >= ? "
                + "and status not in ('CLOSED', 'REVOKED')", today.withDayOfYear(1))).isEqualTo(4);
        assertThat(dueOn(due, "HEARING_WINDOW", "麻阳长潭石业有限公司")).isEqualTo(today.plusDays(3));
        assertThat(dueOn(due, "DELIVERY", "麻阳锦和福满楼餐饮有限公司")).isEqualTo(today.plusDays(4));
        assertThat(dueOn(due, "PAYMENT", "麻志刚")).isEqualTo(today.plusDays(3));
        assertThat(dueOn(due, "DECISION", "滕双喜")).isEqualTo(today.plusDays(5));
        assertThat(due).filteredOn(d -> d.recordType().equals("enforcement-case")).noneMatch(Deadline::overdue);
    }

    private static LocalDate dueOn(List<Deadline> due, String kind, String party) {
        return due.stream().filter(d -> d.kind().equals(kind) && d.label().endsWith(" " + party))
                .map(Deadline::dueOn).findFirst().orElse(null);
    }

    @Test
    void no_identity_number_is_readable_in_the_table_yet_the_officer_sees_it_whole() {
        assertThat(count("select count(*) from enforcement_case where township = 'jinhe' "
                + "and party_kind = 'INDIVIDUAL' and party_id_number is not null")).isEqualTo(8);
        for (String number : ID_NUMBERS) {
            assertThat(count("select count(*) from enforcement_case where party_id_number like ?",
                    "%" + number.substring(6, 14) + "%")).as(number).isZero();
        }
        assertThat(count("select count(*) from enforcement_case where party_phone like '%13974532518%'")).isZero();
        CaseSummary ferry = cases.list(LEADER, JINHE, new EnforcementCaseQuery(null, null, null, 2025, null,
                "向明亮", null), PageRequest.of(0, 1, null, EnforcementCaseQuery.SORTABLE,
                EnforcementCaseQuery.DEFAULT_SORT)).items().get(0);
        assertThat(cases.get(LEADER, JINHE, ferry.id()).party().idNumber()).isEqualTo("431226197508230577");
    }

    @Test
    void a_second_load_adds_nothing() {
        long before = count("select count(*) from enforcement_case where township = 'jinhe'");

        QuarkusTransaction.requiringNew().run(demo::load);

        assertThat(count("select count(*) from enforcement_case where township = 'jinhe'")).isEqualTo(before);
    }
}
