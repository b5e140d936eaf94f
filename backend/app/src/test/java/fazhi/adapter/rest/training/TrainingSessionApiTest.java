package fazhi.adapter.rest.training;

import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/** The roster and the sessions: /personnel, /training-sessions and TRN-01's progress. */
@QuarkusTest
class TrainingSessionApiTest {

    static final String PERSONNEL = "/api/v1/townships/{t}/personnel";
    static final String SESSIONS = "/api/v1/townships/{t}/training-sessions";
    static final byte[] MINUTES = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestTownships townships;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String person(String name) {
        return as(Users.JINHE_STAFF).body(Map.of("name", name, "post", "科员", "department", "党政综合办公室",
                        "leadingCadre", true, "activeFrom", "2020-01-01"))
                .post(PERSONNEL, "jinhe").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> lecture(List<String> attendees) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "LECTURE");
        body.put("heldOn", today().toString());
        body.put("place", "锦和镇中心小学");
        body.put("venueKind", "SCHOOL");
        body.put("title", "预防校园欺凌法治讲座 " + UUID.randomUUID());
        body.put("topics", List.of("预防校园欺凌"));
        body.put("lawsStudied", List.of("《中华人民共和国未成年人保护法》"));
        body.put("speakers", List.of(Map.of("name", "龙建华", "organisation", "JUDICIAL_OFFICE")));
        body.put("attendeeIds", attendees);
        body.put("materialsCount", 120);
        return body;
    }

    @Test
    void a_clerk_adds_a_person_and_edits_them_with_the_etag() {
        String id = person("杨思远" + UUID.randomUUID().toString().substring(0, 4));
        as(Users.JINHE_AUDITOR).get(PERSONNEL + "/{id}", "jinhe", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("leadingCadre", equalTo(true));
        Map<String, Object> edited = Map.of("name", "杨思远", "activeFrom", "2020-01-01", "activeTo", "2025-08-31");
        as(Users.JINHE_STAFF).body(edited).put(PERSONNEL + "/{id}", "jinhe", id).then().statusCode(428);
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edited).put(PERSONNEL + "/{id}", "jinhe", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("activeTo", equalTo("2025-08-31"));
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edited).put(PERSONNEL + "/{id}", "jinhe", id).then()
                .statusCode(412);
        as(Users.JINHE_STAFF).queryParam("activeOn", "2025-09-01").queryParam("q", "杨思远").get(PERSONNEL, "jinhe")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void a_person_who_leaves_before_joining_is_refused_naming_the_field() {
        as(Users.JINHE_STAFF).body(Map.of("name", "杨思远", "activeFrom", "2025-01-01", "activeTo", "2024-01-01"))
                .post(PERSONNEL, "jinhe").then().statusCode(422).body("violations.field", hasItem("activeTo"));
    }

    @Test
    void a_lecture_at_a_school_with_a_speaker_from_the_judicial_office_is_recorded_with_its_attendees() {
        String attendee = person("龙小梅");
        String id = as(Users.JINHE_STAFF).body(lecture(List.of(attendee))).post(SESSIONS, "jinhe").then()
                .statusCode(201).body("venueKind", equalTo("SCHOOL"))
                .body("speakers[0].organisation", equalTo("JUDICIAL_OFFICE"))
                .body("audience", equalTo(1)).body("occasion", equalTo("OTHER")).extract().path("id");
        as(Users.JINHE_LEADER).get(SESSIONS + "/{id}", "jinhe", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("attendeeIds", equalTo(List.of(attendee)))
                .body("fileIds", equalTo(List.of()));
        Map<String, Object> edited = lecture(List.of());
        edited.put("headCount", 320);
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edited).put(SESSIONS + "/{id}", "jinhe", id).then()
                .statusCode(200).body("audience", equalTo(320));
        as(Users.JINHE_STAFF).queryParam("venueKind", "SCHOOL").queryParam("year", today().getYear())
                .get(SESSIONS, "jinhe").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void an_attendee_not_on_the_roster_is_refused_and_nothing_is_written() {
        as(Users.JINHE_STAFF).body(lecture(List.of("no-such-person"))).post(SESSIONS, "jinhe").then()
                .statusCode(422).body("violations.field", hasItem("attendeeIds[0]"));
    }

    @Test
    void a_meeting_needs_its_kind_and_a_lecture_has_none() {
        Map<String, Object> meeting = lecture(List.of());
        meeting.put("type", "MEETING");
        as(Users.JINHE_STAFF).body(meeting).post(SESSIONS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("meetingKind"));
        meeting.put("meetingKind", "STABILITY_SECURITY");
        meeting.put("judicialOfficeHeadAttended", true);
        as(Users.JINHE_STAFF).body(meeting).post(SESSIONS, "jinhe").then().statusCode(201)
                .body("judicialOfficeHeadAttended", equalTo(true));
        Map<String, Object> lecture = lecture(List.of());
        lecture.put("meetingKind", "STAFF");
        as(Users.JINHE_STAFF).body(lecture).post(SESSIONS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("meetingKind"));
    }

    @Test
    void a_session_after_today_is_refused() {
        Map<String, Object> later = lecture(List.of());
        later.put("heldOn", today().plusDays(1).toString());
        as(Users.JINHE_STAFF).body(later).post(SESSIONS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("heldOn"));
    }

    @Test
    void the_progress_of_trn01_counts_the_central_group_studies_of_the_year() {
        Map<String, Object> study = lecture(List.of());
        study.put("type", "CENTRAL_GROUP_STUDY");
        study.put("venueKind", "TOWNSHIP_OFFICE");
        as(Users.JINHE_STAFF).body(study).post(SESSIONS, "jinhe").then().statusCode(201);
        as(Users.JINHE_AUDITOR).get("/api/v1/townships/{t}/central-group-studies/{y}", "jinhe", today().getYear())
                .then().statusCode(200).body("studies", greaterThanOrEqualTo(1)).body("minimum", equalTo(2))
                .body("rule", equalTo("TRN-01"));
    }

    @Test
    void another_townships_staff_cannot_see_the_session() {
        String id = as(Users.JINHE_STAFF).body(lecture(List.of())).post(SESSIONS, "jinhe").then().statusCode(201)
                .extract().path("id");
        as(Users.GAOCUN_STAFF).get(SESSIONS + "/{id}", "gaocun", id).then().statusCode(404);
        as(Users.GAOCUN_STAFF).get(SESSIONS + "/{id}", "jinhe", id).then().statusCode(404);
    }

    @Test
    void minutes_uploaded_to_the_session_through_the_attachments_area_show_among_its_files() {
        String id = as(Users.JINHE_STAFF).body(lecture(List.of())).post(SESSIONS, "jinhe").then().statusCode(201)
                .extract().path("id");
        String file = RestAssured.given().header("Authorization", Users.JINHE_STAFF.bearer())
                .multiPart("recordType", "training-session").multiPart("recordId", id).multiPart("kind", "MINUTES")
                .multiPart("file", "minutes.pdf", MINUTES, "application/pdf")
                .post("/api/v1/townships/{t}/attachments", "jinhe").then().statusCode(201).extract().path("id");
        as(Users.JINHE_AUDITOR).get(SESSIONS + "/{id}", "jinhe", id).then().statusCode(200)
                .body("fileIds", equalTo(List.of(file)));
    }

    @Test
    void the_radar_warns_of_trn01_exactly_when_the_progress_says_the_year_is_behind() {
        JsonPath progress = as(Users.JINHE_STAFF).get("/api/v1/townships/{t}/central-group-studies/{y}", "jinhe",
                today().getYear()).then().statusCode(200).extract().jsonPath();
        boolean behind = progress.getBoolean("behind");
        assertThat(behind).isEqualTo(progress.getInt("studies") < progress.getInt("minimum")
                && !MonthDay.from(today()).isBefore(MonthDay.of(10, 1)));
        List<String> kinds = as(Users.JINHE_STAFF).queryParam("within", "P7D").get("/api/v1/townships/{t}/deadlines",
                "jinhe").then().statusCode(200).extract().jsonPath().getList("items.kind", String.class);
        if (behind) {
            assertThat(kinds).contains("CENTRAL_GROUP_STUDIES");
        } else {
            assertThat(kinds).doesNotContain("CENTRAL_GROUP_STUDIES");
        }
    }
}
