package fazhi.adapter.rest.matter;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The enforcement matters API (执法事项 / 权责清单): /api/v1/townships/{t}/enforcement-matters and its public list. */
@QuarkusTest
class EnforcementMatterApiTest {

    static final String MATTERS = "/api/v1/townships/{t}/enforcement-matters";
    static final String MATTER = MATTERS + "/{id}";
    static final String PUBLIC = "/api/v1/public/townships/{t}/enforcement-matters";
    static final String PROBLEM = "application/problem+json";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> matter(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚");
        body.put("kind", "PENALTY");
        body.put("field", "FIRE_SAFETY");
        body.put("legalBasis", "《中华人民共和国消防法》第五十八条");
        body.put("department", "EMERGENCY");
        body.put("source", "COUNTY_DELEGATED");
        body.put("delegationReference", "麻政发〔2024〕8号");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static String define(Users clerk, String township, String code) {
        return as(clerk).body(matter(code)).post(MATTERS, township).then().statusCode(201).extract().path("id");
    }

    static String etag(Users user, String township, String id) {
        return as(user).get(MATTER, township, id).then().statusCode(200).extract().header("ETag");
    }

    static String publish(String township, Users leader, String id) {
        return as(leader).header("If-Match", etag(leader, township, id)).post(MATTER + "/actions/publish", township, id)
                .then().statusCode(200).extract().header("ETag");
    }

    long mattersCoded(String code) {
        return sql.count("select count(*) from enforcement_matter where code = ?", code);
    }

    @Nested
    class Defining {

        @Test
        void a_clerk_defines_a_matter_and_gets_its_location_and_etag() {
            String code = unique("JH-CF-");
            as(Users.JINHE_STAFF).body(matter(code)).post(MATTERS, "jinhe")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/enforcement-matters/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("code", equalTo(code))
                    .body("kind", equalTo("PENALTY"))
                    .body("field", equalTo("FIRE_SAFETY"))
                    .body("source", equalTo("COUNTY_DELEGATED"))
                    .body("delegationReference", equalTo("麻政发〔2024〕8号"))
                    .body("published", equalTo(false))
                    .body("publishedOn", nullValue())
                    .body("version", equalTo(0));
            assertThat(sql.count("select count(*) from audit_events where action = 'enforcement-matter.defined' "
                    + "and record_id = (select id from enforcement_matter where code = ?)", code)).isEqualTo(1);
        }

        @Test
        void a_leader_may_define_too() {
            as(Users.JINHE_LEADER).body(matter(unique("L-"))).post(MATTERS, "jinhe").then().statusCode(201);
        }

        @Test
        void without_a_token_it_is_401() {
            anonymous().body(matter(unique("X-"))).post(MATTERS, "jinhe").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void roles_that_do_not_keep_the_list_get_403_and_nothing_is_written() {
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                String code = unique("NO-");
                as(user).body(matter(code)).post(MATTERS, "jinhe").then().statusCode(403).contentType(PROBLEM);
                assertThat(mattersCoded(code)).as(user.name()).isZero();
            }
        }

        @Test
        void another_townships_clerk_gets_404_sys04() {
            String code = unique("G-");
            as(Users.GAOCUN_STAFF).body(matter(code)).post(MATTERS, "jinhe").then().statusCode(404)
                    .contentType(PROBLEM);
            assertThat(mattersCoded(code)).isZero();
        }

        @Test
        void a_code_used_in_the_township_is_422_naming_the_code_but_free_in_another() {
            String code = unique("DUP-");
            define(Users.JINHE_STAFF, "jinhe", code);
            as(Users.JINHE_STAFF).body(matter(code)).post(MATTERS, "jinhe")
                    .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("code"))
                    .body("violations[0].message", containsString(code));
            as(Users.GAOCUN_STAFF).body(matter(code)).post(MATTERS, "gaocun").then().statusCode(201);
            assertThat(mattersCoded(code)).isEqualTo(2);
        }

        @Test
        void a_retry_with_the_same_idempotency_key_writes_once_sys03() {
            String key = UUID.randomUUID().toString();
            String code = unique("IDEM-");
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(matter(code))
                    .post(MATTERS, "jinhe").then().statusCode(201).extract().path("id");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(matter(code)).post(MATTERS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(matter(unique("OTHER-"))).post(MATTERS, "jinhe")
                    .then().statusCode(422).body("rule", equalTo("SYS-03"));
            assertThat(mattersCoded(code)).isEqualTo(1);
        }
    }

    @Nested
    class BadInput {

        void refused(Object body, int status, String field) {
            long before = sql.count("select count(*) from enforcement_matter");
            ValidatableResponse response = as(Users.JINHE_STAFF).body(body).post(MATTERS, "jinhe")
                    .then().statusCode(status).contentType(PROBLEM).body("title", notNullValue());
            if (field != null) {
                response.body("violations.field", hasItem(field));
            }
            assertThat(sql.count("select count(*) from enforcement_matter")).as("nothing written").isEqualTo(before);
        }

        @Test
        void an_unknown_kind_is_400_naming_the_field() {
            refused(with(matter(unique("B-")), "kind", "LICENCE"), 400, "kind");
        }

        @Test
        void a_missing_legal_basis_is_422_naming_it() {
            refused(with(matter(unique("B-")), "legalBasis", " "), 422, "legalBasis");
        }

        @Test
        void a_delegated_matter_without_its_county_document_is_422_naming_it() {
            refused(with(matter(unique("B-")), "delegationReference", null), 422, "delegationReference");
        }

        @Test
        void an_own_matter_with_a_county_document_is_422_naming_it() {
            refused(with(matter(unique("B-")), "source", "OWN"), 422, "delegationReference");
        }

        @Test
        void an_over_long_code_is_422_naming_it() {
            refused(matter("C".repeat(41)), 422, "code");
        }

        @Test
        void malformed_json_is_400() {
            refused("{\"code\": ", 400, null);
        }

        @Test
        void messages_are_chinese_by_default_and_english_when_asked() {
            Map<String, Object> body = with(matter(unique("B-")), "delegationReference", null);
            as(Users.JINHE_STAFF).body(body).post(MATTERS, "jinhe").then().statusCode(422)
                    .body("violations[0].message", equalTo("县级赋权事项须填写赋权文件（如 麻政发〔2024〕8号）"));
            as(Users.JINHE_STAFF).header("Accept-Language", "en").body(body).post(MATTERS, "jinhe")
                    .then().statusCode(422).body("violations[0].message",
                            equalTo("a matter delegated by the county names the county document (e.g. 麻政发〔2024〕8号)"));
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_the_list_and_a_matter_with_its_etag() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("R-"));
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(MATTER, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(MATTERS, "jinhe").then().statusCode(200);
            }
        }

        @Test
        void without_a_token_it_is_401() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("R-"));
            anonymous().get(MATTER, "jinhe", id).then().statusCode(401).contentType(PROBLEM);
            anonymous().get(MATTERS, "jinhe").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void another_townships_matter_is_404_sys04() {
            String gaocun = define(Users.GAOCUN_STAFF, "gaocun", unique("G-"));
            as(Users.JINHE_STAFF).get(MATTER, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_STAFF).get(MATTER, "jinhe", gaocun).then().statusCode(404);
            as(Users.JINHE_LEADER).get(MATTERS, "gaocun").then().statusCode(404);
        }

        @Test
        void the_list_filters_sorts_and_pages() {
            String tag = unique("F");
            define(Users.JINHE_STAFF, "jinhe", tag + "-1");
            as(Users.JINHE_STAFF).body(with(with(with(matter(tag + "-2"), "kind", "INSPECTION"), "field",
                    "ROAD_TRAFFIC_SAFETY"), "name", "道路交通安全检查")).post(MATTERS, "jinhe").then().statusCode(201);
            as(Users.JINHE_STAFF).body(with(with(with(matter(tag + "-3"), "source", "OWN"), "delegationReference",
                    null), "department", "FORESTRY")).post(MATTERS, "jinhe").then().statusCode(201);
            publish("jinhe", Users.JINHE_LEADER, as(Users.JINHE_STAFF).queryParam("q", tag + "-1")
                    .get(MATTERS, "jinhe").then().extract().path("items[0].id"));

            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("sort", "code,desc").get(MATTERS, "jinhe")
                    .then().statusCode(200).body("total", equalTo(3)).body("items[0].code", equalTo(tag + "-3"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("kind", "INSPECTION").get(MATTERS, "jinhe")
                    .then().body("total", equalTo(1)).body("items[0].code", equalTo(tag + "-2"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("field", "ROAD_TRAFFIC_SAFETY").get(MATTERS, "jinhe")
                    .then().body("total", equalTo(1));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("department", "FORESTRY").get(MATTERS, "jinhe")
                    .then().body("total", equalTo(1)).body("items[0].code", equalTo(tag + "-3"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("source", "COUNTY_DELEGATED").get(MATTERS, "jinhe")
                    .then().body("total", equalTo(2));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("published", "true").get(MATTERS, "jinhe")
                    .then().body("total", equalTo(1)).body("items[0].code", equalTo(tag + "-1"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("published", "false").get(MATTERS, "jinhe")
                    .then().body("total", equalTo(2));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("size", "2").queryParam("page", "1")
                    .get(MATTERS, "jinhe").then().body("total", equalTo(3)).body("items.size()", equalTo(1));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("sort", "legalBasis,asc").get(MATTERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("sort"));
            as(Users.JINHE_STAFF).queryParam("kind", "LICENCE").get(MATTERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("kind"));
            as(Users.JINHE_STAFF).queryParam("published", "yes").get(MATTERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("published"));
            as(Users.JINHE_STAFF).queryParam("size", "201").get(MATTERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("size"));
        }
    }

    @Nested
    class Editing {

        @Test
        void a_clerk_edits_an_unpublished_matter_with_the_etag_read() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("E-"));
            String code = unique("E2-");
            as(Users.JINHE_STAFF).header("If-Match", etag(Users.JINHE_STAFF, "jinhe", id)).body(matter(code))
                    .put(MATTER, "jinhe", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("code", equalTo(code));
        }

        @Test
        void a_stale_etag_is_412_and_a_missing_one_428_sys02() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("E-"));
            String etag = etag(Users.JINHE_STAFF, "jinhe", id);
            String first = unique("FIRST-");
            as(Users.JINHE_STAFF).header("If-Match", etag).body(matter(first)).put(MATTER, "jinhe", id)
                    .then().statusCode(200);
            as(Users.JINHE_LEADER).header("If-Match", etag).body(matter(unique("LATE-"))).put(MATTER, "jinhe", id)
                    .then().statusCode(412).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).body(matter(unique("NONE-"))).put(MATTER, "jinhe", id)
                    .then().statusCode(428).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).get(MATTER, "jinhe", id).then().body("code", equalTo(first));
        }

        @Test
        void roles_403_other_townships_404_anonymous_401() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("E-"));
            String etag = etag(Users.JINHE_STAFF, "jinhe", id);
            as(Users.JINHE_OFFICER).header("If-Match", etag).body(matter(unique("X-"))).put(MATTER, "jinhe", id)
                    .then().statusCode(403);
            as(Users.GAOCUN_STAFF).header("If-Match", etag).body(matter(unique("X-"))).put(MATTER, "jinhe", id)
                    .then().statusCode(404);
            anonymous().header("If-Match", etag).body(matter(unique("X-"))).put(MATTER, "jinhe", id)
                    .then().statusCode(401);
        }

        @Test
        void a_published_matter_is_not_edited_until_withdrawn() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("E-"));
            String etag = publish("jinhe", Users.JINHE_LEADER, id);
            as(Users.JINHE_STAFF).header("If-Match", etag).body(matter(unique("E3-"))).put(MATTER, "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("published"));
        }

        @Test
        void taking_another_matters_code_is_422() {
            String taken = unique("T-");
            define(Users.JINHE_STAFF, "jinhe", taken);
            String id = define(Users.JINHE_STAFF, "jinhe", unique("E-"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(matter(taken)).put(MATTER, "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("code"));
        }
    }

    @Nested
    class PublishingAndThePublicList {

        @Test
        void a_leader_publishes_and_the_public_sees_it_without_login() {
            String code = unique("P-");
            String id = define(Users.JINHE_STAFF, "jinhe", code);
            anonymous().queryParam("q", code).get(PUBLIC, "jinhe").then().statusCode(200).body("total", equalTo(0));

            as(Users.JINHE_LEADER).header("If-Match", "\"0\"").post(MATTER + "/actions/publish", "jinhe", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("published", equalTo(true))
                    .body("publishedOn", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));

            anonymous().queryParam("q", code).get(PUBLIC, "jinhe").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].code", equalTo(code))
                    .body("items[0].legalBasis", equalTo("《中华人民共和国消防法》第五十八条"))
                    .body("items[0].delegationReference", equalTo("麻政发〔2024〕8号"))
                    .body("items[0]", not(org.hamcrest.Matchers.hasKey("id")))
                    .body("items[0]", not(org.hamcrest.Matchers.hasKey("createdAt")));
        }

        @Test
        void a_withdrawn_matter_leaves_the_public_list() {
            String code = unique("W-");
            String id = define(Users.JINHE_STAFF, "jinhe", code);
            String etag = publish("jinhe", Users.JINHE_LEADER, id);
            as(Users.JINHE_LEADER).header("If-Match", etag).post(MATTER + "/actions/withdraw", "jinhe", id)
                    .then().statusCode(200).body("published", equalTo(false)).body("withdrawnOn", notNullValue());
            anonymous().queryParam("q", code).get(PUBLIC, "jinhe").then().body("total", equalTo(0));
        }

        @Test
        void a_clerk_may_not_publish_or_withdraw_403() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("P-"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").post(MATTER + "/actions/publish", "jinhe", id)
                    .then().statusCode(403).contentType(PROBLEM);
            String etag = publish("jinhe", Users.JINHE_LEADER, id);
            as(Users.JINHE_STAFF).header("If-Match", etag).post(MATTER + "/actions/withdraw", "jinhe", id)
                    .then().statusCode(403);
        }

        @Test
        void actions_need_a_token_a_fresh_etag_and_the_right_township() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("P-"));
            anonymous().header("If-Match", "\"0\"").post(MATTER + "/actions/publish", "jinhe", id)
                    .then().statusCode(401);
            as(Users.JINHE_LEADER).post(MATTER + "/actions/publish", "jinhe", id).then().statusCode(428);
            as(Users.JINHE_LEADER).header("If-Match", "\"5\"").post(MATTER + "/actions/publish", "jinhe", id)
                    .then().statusCode(412).body("rule", equalTo("SYS-02"));
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").post(MATTER + "/actions/publish", "jinhe", id)
                    .then().statusCode(404);
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").post(MATTER + "/actions/publish", "gaocun", id)
                    .then().statusCode(404);
        }

        @Test
        void publishing_twice_or_withdrawing_an_unpublished_matter_is_422() {
            String id = define(Users.JINHE_STAFF, "jinhe", unique("P-"));
            as(Users.JINHE_LEADER).header("If-Match", "\"0\"").post(MATTER + "/actions/withdraw", "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("published"));
            String etag = publish("jinhe", Users.JINHE_LEADER, id);
            as(Users.JINHE_LEADER).header("If-Match", etag).post(MATTER + "/actions/publish", "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("published"));
        }

        @Test
        void the_public_list_filters_and_keeps_to_its_township() {
            String code = unique("PF-");
            publish("gaocun", Users.GAOCUN_LEADER, define(Users.GAOCUN_STAFF, "gaocun", code));
            anonymous().queryParam("q", code).get(PUBLIC, "jinhe").then().statusCode(200).body("total", equalTo(0));
            anonymous().queryParam("q", code).queryParam("kind", "PENALTY").get(PUBLIC, "gaocun")
                    .then().body("total", equalTo(1));
            anonymous().queryParam("q", code).queryParam("kind", "COERCION").get(PUBLIC, "gaocun")
                    .then().body("total", equalTo(0));
        }

        @Test
        void the_public_list_of_an_unknown_township_is_404_and_bad_parameters_422() {
            anonymous().get(PUBLIC, "nowhere").then().statusCode(404).contentType(PROBLEM);
            anonymous().queryParam("sort", "id,asc").get(PUBLIC, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("sort"));
        }
    }
}
