package fazhi.adapter.rest.calendar;

import fazhi.testing.Sql;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The holiday calendar API: /api/v1/holiday-calendar. Changes go to 2030, away from the shipped years. */
@QuarkusTest
class HolidayCalendarApiTest {

    static final String CALENDAR = "/api/v1/holiday-calendar";
    static final String DAY = CALENDAR + "/{date}";
    static final String PROBLEM = "application/problem+json";

    @Inject
    Sql sql;

    @AfterEach
    void clean2030() {
        sql.update("delete from holiday_calendar where calendar_date between '2030-01-01' and '2030-12-31'");
    }

    long days2030() {
        return sql.count("select count(*) from holiday_calendar where calendar_date between '2030-01-01' and "
                + "'2030-12-31'");
    }

    @Test
    void every_role_reads_the_shipped_2025_schedule() {
        for (Users user : Users.values()) {
            as(user).queryParam("year", "2025").get(CALENDAR).then().statusCode(200)
                    .body("year", equalTo(2025))
                    .body("days", hasSize(33))
                    .body("days[0].date", equalTo("2025-01-01"))
                    .body("days.find { it.date == '2025-01-26' }.kind", equalTo("WORKDAY"))
                    .body("days.find { it.date == '2025-10-08' }.name", equalTo("国庆节、中秋节"));
        }
    }

    @Test
    void the_2026_schedule_is_shipped_too() {
        as(Users.JINHE_STAFF).queryParam("year", "2026").get(CALENDAR).then().statusCode(200)
                .body("days", hasSize(39))
                .body("days.find { it.date == '2026-01-04' }.kind", equalTo("WORKDAY"))
                .body("days.find { it.date == '2026-02-28' }.kind", equalTo("WORKDAY"))
                .body("days.find { it.date == '2026-10-07' }.kind", equalTo("HOLIDAY"));
    }

    @Test
    void reading_without_a_token_is_401() {
        anonymous().get(CALENDAR).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void a_bad_year_is_422() {
        as(Users.JINHE_STAFF).queryParam("year", "next").get(CALENDAR).then().statusCode(422)
                .body("violations.field", hasItem("year"));
        as(Users.JINHE_STAFF).queryParam("year", "1800").get(CALENDAR).then().statusCode(422)
                .body("violations.field", hasItem("year"));
    }

    @Test
    void the_administrator_puts_replaces_and_deletes_a_day() {
        as(Users.ADMIN).body(Map.of("kind", "HOLIDAY", "name", "元旦")).put(DAY, "2030-01-01")
                .then().statusCode(200).body("date", equalTo("2030-01-01")).body("kind", equalTo("HOLIDAY"));
        as(Users.ADMIN).body(Map.of("kind", "WORKDAY", "name", "调休上班")).put(DAY, "2030-01-01")
                .then().statusCode(200).body("kind", equalTo("WORKDAY"));
        as(Users.JINHE_STAFF).queryParam("year", "2030").get(CALENDAR).then()
                .body("days", hasSize(1)).body("days[0].name", equalTo("调休上班"));
        as(Users.ADMIN).delete(DAY, "2030-01-01").then().statusCode(204);
        assertThat(days2030()).isZero();
        as(Users.ADMIN).delete(DAY, "2030-01-01").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void changes_are_audited_in_the_county_chain_which_a_county_auditor_verifies() {
        long before = sql.count("select count(*) from audit_events where township = 'county'");
        as(Users.ADMIN).body(Map.of("kind", "HOLIDAY", "name", "劳动节")).put(DAY, "2030-05-01").then().statusCode(200);
        as(Users.ADMIN).delete(DAY, "2030-05-01").then().statusCode(204);
        assertThat(sql.count("select count(*) from audit_events where township = 'county'")).isEqualTo(before + 2);
        as(Users.COUNTY_AUDITOR).queryParam("township", "county").get("/api/v1/audit-events/verify")
                .then().statusCode(200).body("intact", equalTo(true));
        as(Users.COUNTY_AUDITOR).queryParam("township", "county").queryParam("recordType", "calendarDay")
                .get("/api/v1/audit-events").then().statusCode(200).body("items.recordId", hasItem("2030-05-01"));
        as(Users.JINHE_AUDITOR).queryParam("township", "county").get("/api/v1/audit-events/verify")
                .then().statusCode(404);
    }

    @Test
    void no_other_role_changes_the_calendar_403_and_anonymous_401() {
        for (Users user : List.of(Users.JINHE_STAFF, Users.JINHE_LEADER, Users.JINHE_REVIEWER, Users.COUNTY_AUDITOR,
                Users.COUNTY_SYSTEM)) {
            as(user).body(Map.of("kind", "HOLIDAY", "name", "假日")).put(DAY, "2030-03-01")
                    .then().statusCode(403).contentType(PROBLEM);
            as(user).delete(DAY, "2025-01-01").then().statusCode(403);
        }
        anonymous().body(Map.of("kind", "HOLIDAY", "name", "假日")).put(DAY, "2030-03-01").then().statusCode(401);
        anonymous().delete(DAY, "2025-01-01").then().statusCode(401);
        assertThat(days2030()).isZero();
    }

    @Test
    void bad_input_is_400_or_422_naming_the_field_and_nothing_is_written() {
        as(Users.ADMIN).body("{\"kind\":\"HOLIDAY\",").put(DAY, "2030-03-01").then().statusCode(400)
                .contentType(PROBLEM);
        as(Users.ADMIN).body(Map.of("kind", "FEAST", "name", "x")).put(DAY, "2030-03-01").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
        as(Users.ADMIN).body(Map.of("kind", "HOLIDAY", "name", "节".repeat(51))).put(DAY, "2030-03-01")
                .then().statusCode(422).body("violations.field", hasItem("name"));
        as(Users.ADMIN).body(Map.of("name", "x")).put(DAY, "2030-03-01").then().statusCode(422)
                .body("violations.field", hasItem("kind"));
        as(Users.ADMIN).body(Map.of("kind", "HOLIDAY", "name", "x")).put(DAY, "2030-02-30").then().statusCode(422)
                .body("violations.field", hasItem("date"));
        as(Users.ADMIN).delete(DAY, "tomorrow").then().statusCode(422).body("violations.field", hasItem("date"));
        assertThat(days2030()).isZero();
    }
}
