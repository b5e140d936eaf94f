package fazhi.adapter.rest.inspection;

import fazhi.testing.Users;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fazhi.testing.Api.as;

/** Requests and records the inspection API tests share: officers, published items, enterprises, inspections. */
final class InspectionFixtures {

    static final String ITEMS = "/api/v1/townships/{t}/inspection-items";
    static final String ITEM = ITEMS + "/{id}";
    static final String PUBLIC_ITEMS = "/api/v1/public/townships/{t}/inspection-items";
    static final String PLANS = "/api/v1/townships/{t}/inspection-plans";
    static final String PLAN = PLANS + "/{id}";
    static final String PUBLIC_PLANS = "/api/v1/public/townships/{t}/inspection-plans";
    static final String INSPECTIONS = "/api/v1/townships/{t}/inspections";
    static final String INSPECTION = INSPECTIONS + "/{id}";
    static final String PROBLEM = "application/problem+json";
    static final String LIST_TITLE = "麻阳苗族自治县锦和镇涉企行政检查事项清单";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private InspectionFixtures() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A fresh valid unified social credit code of a Mayang enterprise (GB 32100 check character computed). */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91431226");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The same code with a wrong check character. */
    static String withWrongCheck(String code) {
        char last = code.charAt(17);
        char other = ALPHABET.charAt((ALPHABET.indexOf(last) + 1) % ALPHABET.length());
        return code.substring(0, 17) + other;
    }

    /** Registers an officer of Jinhe whose certificate runs to {@code expiresOn}; answers its id. */
    static String officer(String township, LocalDate expiresOn) {
        Users clerk = township.equals("gaocun") ? Users.GAOCUN_STAFF : Users.JINHE_STAFF;
        return as(clerk).body(Map.of("name", unique("检"), "department", "EMERGENCY",
                        "certificate", Map.of("number", unique("湘执法"), "issuedOn", "2020-01-01",
                                "expiresOn", expiresOn.toString())))
                .post("/api/v1/townships/{t}/officers", township).then().statusCode(201).extract().path("id");
    }

    static String officer() {
        return officer("jinhe", LocalDate.of(2035, 12, 31));
    }

    static Map<String, Object> item(String code) {
        Map<String, Object> item = new HashMap<>();
        item.put("listTitle", LIST_TITLE);
        item.put("code", code);
        item.put("name", "对非煤矿山企业安全生产条件的检查");
        item.put("subjects", "辖区内砂石场、采石场");
        item.put("legalBasis", "《中华人民共和国安全生产法》第六十五条");
        item.put("department", "EMERGENCY");
        item.put("field", "NON_COAL_MINE_SAFETY");
        item.put("method", "DOUBLE_RANDOM");
        return item;
    }

    static String etag(Users user, String path, String township, String id) {
        return as(user).get(path, township, id).then().statusCode(200).extract().header("ETag");
    }

    /** An unpublished item of Jinhe's list; answers its id. */
    static String draftItem() {
        return as(Users.JINHE_STAFF).body(item(unique("T-"))).post(ITEMS, "jinhe").then().statusCode(201)
                .extract().path("id");
    }

    /** A published item of Jinhe's list; answers its id. */
    static String publishedItem() {
        String id = draftItem();
        as(Users.JINHE_LEADER).header("If-Match", etag(Users.JINHE_LEADER, ITEM, "jinhe", id))
                .post(ITEM + "/actions/publish", "jinhe", id).then().statusCode(200);
        return id;
    }

    static Map<String, Object> inspection(String creditCode, String itemId, List<String> officers, LocalDate on,
                                          String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterprise", Map.of("name", "锦和镇兴旺砂石场", "creditCode", creditCode));
        body.put("itemId", itemId);
        body.put("officerIds", officers);
        body.put("plannedOn", on.toString());
        body.put("reason", reason);
        return body;
    }

    static ValidatableResponse propose(Users user, Map<String, Object> body) {
        return as(user).body(body).post(INSPECTIONS, "jinhe").then();
    }

    static ValidatableResponse act(Users user, String id, String verb, Object body) {
        var request = as(user).header("If-Match", etag(Users.JINHE_LEADER, INSPECTION, "jinhe", id));
        if (body != null) {
            request.body(body);
        }
        return request.post(INSPECTION + "/actions/{verb}", "jinhe", id, verb).then();
    }

    /** Proposed by an officer and approved by a leader; answers its id. */
    static String approved(Map<String, Object> body) {
        String id = propose(Users.JINHE_OFFICER, body).statusCode(201).extract().path("id");
        act(Users.JINHE_LEADER, id, "approve", null).statusCode(200);
        return id;
    }
}
