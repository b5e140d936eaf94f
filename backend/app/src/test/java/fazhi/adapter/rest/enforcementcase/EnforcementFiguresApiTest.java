package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Tokens;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** GET /api/v1/townships/{t}/enforcement-figures/{year}: the annual report's enforcement figures, counted in SQL. */
@QuarkusTest
class EnforcementFiguresApiTest {

    static final String FIGURES = "/api/v1/townships/{t}/enforcement-figures/{year}";
    static final String PROBLEM = "application/problem+json";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static void registerOfficer(String township, String issuedOn, String expiresOn) {
        as(township.equals("gaocun") ? Users.GAOCUN_STAFF : Users.JINHE_STAFF)
                .body(Map.of("name", "数" + UUID.randomUUID().toString().substring(0, 6), "department", "EMERGENCY",
                        "certificate", Map.of("number", "F" + UUID.randomUUID().toString().substring(0, 12),
                                "issuedOn", issuedOn, "expiresOn", expiresOn)))
                .post("/api/v1/townships/{t}/officers", township).then().statusCode(201);
    }

    static int certified(String township, int year) {
        Users reader = township.equals("gaocun") ? Users.GAOCUN_LEADER : Users.JINHE_LEADER;
        return as(reader).get(FIGURES, township, year).then().statusCode(200).extract().path("officersCertified");
    }

    @Test
    void every_field_and_every_outcome_has_a_row_with_money_as_a_decimal_string() {
        var figures = as(Users.JINHE_STAFF).get(FIGURES, "jinhe", 2026).then().statusCode(200)
                .body("township", equalTo("jinhe"))
                .body("year", equalTo(2026))
                .body("activitiesByField", hasSize(8))
                .body("activitiesByField.field", hasItem("NON_COAL_MINE_SAFETY"))
                .body("decisionsByOutcome", hasSize(5))
                .body("decisionsByOutcome.kind", hasItem("NO_PENALTY_FIRST_VIOLATION"))
                .extract();
        int cases = figures.path("safetyActivities.cases");
        int inspections = figures.path("safetyActivities.inspections");
        assertThat(figures.<Integer>path("safetyActivities.total")).isEqualTo(cases + inspections);
        assertThat(figures.<String>path("finesTotal")).matches("\\d+\\.\\d{2}");
    }

    @Test
    void officers_count_as_certified_when_their_certificate_is_valid_on_the_31st_of_december() {
        // given
        int before = certified("gaocun", 2024);
        // when: valid across the year end, valid to exactly 31 Dec, expired on 30 Dec, issued only in 2025
        registerOfficer("gaocun", "2023-03-15", "2029-03-14");
        registerOfficer("gaocun", "2020-01-01", "2024-12-31");
        registerOfficer("gaocun", "2020-01-01", "2024-12-30");
        registerOfficer("gaocun", "2025-01-01", "2030-12-31");
        // then
        assertThat(certified("gaocun", 2024)).isEqualTo(before + 2);
    }

    @Test
    void the_year_end_count_is_per_township() {
        int jinhe = certified("jinhe", 2023);
        registerOfficer("gaocun", "2023-01-01", "2028-01-01");
        assertThat(certified("jinhe", 2023)).isEqualTo(jinhe);
    }

    @Test
    void cases_count_by_field_in_the_year_of_filing_and_decisions_by_outcome_with_the_fines_summed() {
        // given
        List<String> team = CaseApi.team("jinhe");
        int year = CaseApi.today().getYear();
        var before = as(Users.JINHE_LEADER).get(FIGURES, "jinhe", year).then().statusCode(200).extract();
        // when: a fire-safety case fined 150.00 on the spot, another given a warning, a third 首违不罚
        String fined = CaseApi.file(CaseApi.with(CaseApi.with(CaseApi.caseBody(team), "procedure", "SIMPLE"),
                "field", "FIRE_SAFETY")).id();
        CaseApi.done(fined, "notify", CaseApi.notice(CaseApi.today(), CaseApi.outcome("FINE", "150.00"), false));
        CaseApi.done(fined, "decide", CaseApi.decision(CaseApi.today(), CaseApi.outcome("FINE", "150.00"), true));
        String warned = CaseApi.file(CaseApi.with(CaseApi.with(CaseApi.caseBody(team), "procedure", "SIMPLE"),
                "field", "FORESTRY")).id();
        CaseApi.done(warned, "notify", CaseApi.notice(CaseApi.today(), CaseApi.outcome("WARNING", null), false));
        CaseApi.done(warned, "decide", CaseApi.decision(CaseApi.today(), CaseApi.outcome("WARNING", null), true));
        String spared = CaseApi.file(CaseApi.with(CaseApi.caseBody(team), "field", "FIRE_SAFETY")).id();
        CaseApi.done(spared, "decide", CaseApi.decision(CaseApi.today(), CaseApi.firstViolation(), true));
        // then
        var after = as(Users.JINHE_LEADER).get(FIGURES, "jinhe", year).then().statusCode(200).extract();
        assertThat(after.<Integer>path("activitiesByField.find { it.field == 'FIRE_SAFETY' }.cases"))
                .isEqualTo(before.<Integer>path("activitiesByField.find { it.field == 'FIRE_SAFETY' }.cases") + 2);
        assertThat(after.<Integer>path("activitiesByField.find { it.field == 'FORESTRY' }.total"))
                .isEqualTo(before.<Integer>path("activitiesByField.find { it.field == 'FORESTRY' }.total") + 1);
        assertThat(after.<Integer>path("safetyActivities.cases"))
                .isEqualTo(before.<Integer>path("safetyActivities.cases") + 2);
        assertThat(after.<Integer>path("penaltyDecisions")).isEqualTo(before.<Integer>path("penaltyDecisions") + 2);
        assertThat(after.<Integer>path("fines")).isEqualTo(before.<Integer>path("fines") + 1);
        assertThat(after.<Integer>path("warnings")).isEqualTo(before.<Integer>path("warnings") + 1);
        assertThat(after.<Integer>path("noPenaltyFirstViolation"))
                .isEqualTo(before.<Integer>path("noPenaltyFirstViolation") + 1);
        assertThat(new java.math.BigDecimal(after.<String>path("finesTotal")))
                .isEqualByComparingTo(new java.math.BigDecimal(before.<String>path("finesTotal")).add(
                        new java.math.BigDecimal("150.00")));
        // and the other township's figures are untouched by Jinhe's cases
        as(Users.GAOCUN_LEADER).get(FIGURES, "gaocun", year).then().statusCode(200);
    }

    @Test
    void a_revoked_decision_leaves_the_decision_counts() {
        List<String> team = CaseApi.team("jinhe");
        int year = CaseApi.today().getYear();
        String id = CaseApi.file(CaseApi.with(CaseApi.caseBody(team), "procedure", "SIMPLE")).id();
        CaseApi.done(id, "notify", CaseApi.notice(CaseApi.today(), CaseApi.outcome("WARNING", null), false));
        CaseApi.done(id, "decide", CaseApi.decision(CaseApi.today(), CaseApi.outcome("WARNING", null), true));
        int warnings = as(Users.JINHE_LEADER).get(FIGURES, "jinhe", year).then().extract().path("warnings");
        CaseApi.leaderDone(id, "revoke", Map.of("reason", "行政复议决定撤销原处罚决定。"));
        assertThat(as(Users.JINHE_LEADER).get(FIGURES, "jinhe", year).then().extract().<Integer>path("warnings"))
                .isEqualTo(warnings - 1);
    }

    /**
     * The figures count in the tables of other areas (inspections, exam registrations). Until those areas are merged
     * the tables are absent and count as zero; once present, this names any column the figures' SQL relies on that
     * they lack.
     */
    @Test
    void the_tables_the_figures_count_in_have_the_columns_their_sql_names() {
        assertColumns("enforcement_case", "township", "field", "filed_on", "status", "decided_on", "outcome_kind",
                "fine_amount");
        assertColumns("officers", "township", "certificate_issued_on", "certificate_expires_on");
        assertColumns("inspection", "township", "field", "inspected_on", "status");
        assertColumns("exam_registration", "township", "exam_year", "status");
    }

    private void assertColumns(String table, String... columns) {
        if (sql.count("select count(*) from information_schema.tables where table_schema = database() "
                + "and table_name = ?", table) == 0) {
            return;
        }
        for (String column : columns) {
            assertThat(sql.count("select count(*) from information_schema.columns where table_schema = database() "
                    + "and table_name = ? and column_name = ?", table, column)).as(table + "." + column).isEqualTo(1);
        }
    }

    @Test
    void every_township_role_reads_the_figures() {
        for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
            as(user).get(FIGURES, "jinhe", 2025).then().statusCode(200);
        }
    }

    @Test
    void a_token_without_a_role_is_403() {
        RestAssured.given().header("Authorization", "Bearer " + Tokens.token("t-nobody", List.of(), List.of("jinhe")))
                .get(FIGURES, "jinhe", 2025).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void without_a_token_it_is_401() {
        anonymous().get(FIGURES, "jinhe", 2025).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void another_townships_figures_are_404_sys04() {
        as(Users.GAOCUN_STAFF).get(FIGURES, "jinhe", 2025).then().statusCode(404).contentType(PROBLEM);
        as(Users.JINHE_LEADER).get(FIGURES, "nowhere", 2025).then().statusCode(404);
    }

    @Test
    void a_bad_year_is_422_naming_it() {
        as(Users.JINHE_STAFF).get(FIGURES, "jinhe", "twenty").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("year"));
        as(Users.JINHE_STAFF).get(FIGURES, "jinhe", 1999).then().statusCode(422)
                .body("violations.field", hasItem("year"));
    }
}
