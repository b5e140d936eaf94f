package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.Users;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fazhi.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

/** Test data and calls for the enforcement-cases API: officers, parties, cases and their actions. */
final class CaseApi {

    static final String CASES = "/api/v1/townships/{t}/enforcement-cases";
    static final String CASE = CASES + "/{id}";
    static final String ACTION = CASE + "/actions/{verb}";
    static final String PUBLIC = "/api/v1/public/townships/{t}/penalty-decisions";
    static final String DEADLINES = "/api/v1/townships/{t}/deadlines";
    static final String PROBLEM = "application/problem+json";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CaseApi() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A citizen identity number no other test uses, with its GB 11643 check character. */
    static String idNumber() {
        String first = "430102" + "1990" + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(12))
                + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(28))
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first + ID_CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check character. */
    static String withWrongCheck(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '1' ? '2' : '1');
    }

    /** A unified social credit code no other test uses, with its GB 32100 check character. */
    static String creditCode() {
        StringBuilder first = new StringBuilder("9143");
        while (first.length() < 17) {
            first.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(first.charAt(i)) * CODE_WEIGHTS[i];
        }
        return first.toString() + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Registers an officer of the township with a certificate valid between the two days, answers the id. */
    static String officer(String township, LocalDate issuedOn, LocalDate expiresOn) {
        Users clerk = township.equals("gaocun") ? Users.GAOCUN_STAFF : Users.JINHE_STAFF;
        return as(clerk).body(Map.of("name", unique("执"), "department", "EMERGENCY",
                        "certificate", Map.of("number", unique("湘执"), "issuedOn", issuedOn.toString(),
                                "expiresOn", expiresOn.toString())))
                .post("/api/v1/townships/{t}/officers", township).then().statusCode(201).extract().path("id");
    }

    /** Two officers certified from 2020 to five years from now. */
    static List<String> team(String township) {
        return List.of(officer(township, LocalDate.of(2020, 1, 1), today().plusYears(5)),
                officer(township, LocalDate.of(2020, 1, 1), today().plusYears(5)));
    }

    static Map<String, Object> person(String name, String idNumber) {
        Map<String, Object> party = new HashMap<>();
        party.put("kind", "INDIVIDUAL");
        party.put("name", name);
        party.put("idNumber", idNumber);
        party.put("phone", "13907451234");
        party.put("address", "锦和镇和平村3组");
        return party;
    }

    static Map<String, Object> organisation(String name, String creditCode) {
        Map<String, Object> party = new HashMap<>();
        party.put("kind", "ORGANISATION");
        party.put("name", name);
        party.put("creditCode", creditCode);
        party.put("legalRepresentative", "李明");
        party.put("phone", "0745-5123456");
        return party;
    }

    /** A case body: ordinary procedure, a person with a fresh identity number, violated 10 days ago. */
    static Map<String, Object> caseBody(List<String> officerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("field", "ROAD_TRAFFIC_SAFETY");
        body.put("procedure", "ORDINARY");
        body.put("party", person("张建华", idNumber()));
        body.put("facts", "驾驶无牌三轮摩托车搭载乘客，未戴安全头盔。");
        body.put("place", "锦和镇S229线和平村路段");
        body.put("violationDate", today().minusDays(10).toString());
        body.put("discoveredOn", today().minusDays(10).toString());
        body.put("harmsLifeHealthOrProperty", false);
        body.put("major", false);
        body.put("officerIds", officerIds);
        return body;
    }

    /** The body with its violation, discovery and filing dates set. */
    static Map<String, Object> dated(Map<String, Object> body, LocalDate violated, LocalDate discovered,
                                     LocalDate filed) {
        return with(with(with(body, "violationDate", violated.toString()), "discoveredOn", discovered.toString()),
                "filedOn", filed.toString());
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> outcome(String kind, String fineAmount) {
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("kind", kind);
        if (fineAmount != null) {
            outcome.put("fineAmount", fineAmount);
        }
        return outcome;
    }

    static Map<String, Object> firstViolation() {
        return Map.of("kind", "NO_PENALTY_FIRST_VIOLATION", "educationGiven", "当场批评教育，讲解道路交通安全法规。");
    }

    static Map<String, Object> notice(LocalDate on, Map<String, Object> intended, boolean hearingOffered) {
        return Map.of("notifiedOn", on.toString(), "intendedOutcome", intended, "hearingOffered", hearingOffered,
                "statementAndDefenceNotified", true, "method", "直接送达");
    }

    static Map<String, Object> decision(LocalDate on, Map<String, Object> outcome, boolean partyPresent) {
        return Map.of("decidedOn", on.toString(), "outcome", outcome, "partyPresent", partyPresent);
    }

    static Map<String, Object> completeRecord() {
        return Map.of("recorderFootageRef", "JLY-2025-0612-01", "documentsComplete", true, "certificatesShown", true,
                "uniformWorn", true);
    }

    /** A filed case as the officer sees it: its id and ETag. */
    record Filed(String id, String etag) {
    }

    static Filed file(Map<String, Object> body) {
        ExtractableResponse<Response> answer = as(Users.JINHE_OFFICER).body(body).post(CASES, "jinhe")
                .then().statusCode(201).extract();
        return new Filed(answer.path("id"), answer.header("ETag"));
    }

    static String etag(String id) {
        return as(Users.JINHE_OFFICER).get(CASE, "jinhe", id).then().statusCode(200).extract().header("ETag");
    }

    /** An action as the given user with the case's current ETag. */
    static ValidatableResponse act(Users user, String id, String verb, Object body) {
        var request = as(user).header("If-Match", etag(id));
        if (body != null) {
            request = request.body(body);
        }
        return request.post(ACTION, "jinhe", id, verb).then();
    }

    /** An action as the officer that must succeed. */
    static ValidatableResponse done(String id, String verb, Object body) {
        return act(Users.JINHE_OFFICER, id, verb, body).statusCode(200);
    }

    static ValidatableResponse leaderDone(String id, String verb, Object body) {
        return act(Users.JINHE_LEADER, id, verb, body).statusCode(200);
    }

    /** A refusal by a rule: problem+json with the rule id and its legal basis. */
    static ValidatableResponse refusedBy(ValidatableResponse response, String rule, String legalBasis) {
        return response.statusCode(422).contentType(PROBLEM).body("rule", equalTo(rule))
                .body("legalBasis", equalTo(legalBasis)).body("title", equalTo("违反业务规则"));
    }
}
