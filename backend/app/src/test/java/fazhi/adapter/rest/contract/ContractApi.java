package fazhi.adapter.rest.contract;

import fazhi.testing.Users;
import io.restassured.config.EncoderConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fazhi.testing.Api.as;

/** Test data and calls for the contracts API: counterparties, contracts, their files, reviews and actions. */
final class ContractApi {

    static final String CONTRACTS = "/api/v1/townships/{t}/contracts";
    static final String CONTRACT = CONTRACTS + "/{id}";
    static final String ACTION = CONTRACT + "/actions/{verb}";
    static final String REVIEW = "/api/v1/townships/{t}/legality-reviews/{id}";
    static final String PROBLEM = "application/problem+json";
    static final String BASIS = "《锦和镇人民政府合同管理办法(试行)》";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private ContractApi() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unified social credit code with its GB 32100 check character. */
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

    /** A citizen identity number with its GB 11643 check character. */
    static String idNumber() {
        String first = "431226" + "1985" + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(12))
                + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(28))
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first + ID_CHECK.charAt(sum % 11);
    }

    static Map<String, Object> organisation(String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", "ORGANISATION");
        p.put("name", name);
        p.put("creditCode", creditCode());
        p.put("legalRepresentative", "王建兴");
        p.put("phone", "13907451111");
        return p;
    }

    static Map<String, Object> person(String name, String idNumber) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", "INDIVIDUAL");
        p.put("name", name);
        p.put("idNumber", idNumber);
        p.put("phone", "13907452222");
        p.put("address", "锦和镇和平村3组");
        return p;
    }

    /** A works contract with a fresh organisation, running from today for a year. */
    static Map<String, Object> contract(String title, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("type", "WORKS");
        body.put("counterparty", organisation(unique("麻阳兴旺建筑有限公司")));
        body.put("amount", amount);
        body.put("term", Map.of("startOn", today().toString(), "endOn", today().plusYears(1).toString()));
        body.put("department", "镇规划建设办公室");
        body.put("responsiblePerson", "陈文");
        body.put("procurementMethod", "INQUIRY");
        body.put("tendered", false);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static String registered(Map<String, Object> body) {
        return as(Users.JINHE_STAFF).body(body).post(CONTRACTS, "jinhe").then().statusCode(201).extract().path("id");
    }

    static String etag(String id) {
        return as(Users.JINHE_LEADER).get(CONTRACT, "jinhe", id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse act(Users user, String id, String verb, Object body) {
        return as(user).header("If-Match", etag(id)).body(body).post(ACTION, "jinhe", id, verb).then();
    }

    /** Uploads a PDF to the contract as its text; answers the attachment id. */
    static String uploaded(String contractId) {
        return uploaded(Users.JINHE_STAFF, "jinhe", contractId);
    }

    static String uploaded(Users clerk, String township, String contractId) {
        return RestAssured.given().header("Authorization", clerk.bearer())
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultCharsetForContentType("UTF-8", "multipart/form-data"))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("recordType", "contract").multiPart("recordId", contractId)
                .multiPart("kind", "CONTRACT").multiPart("file", "合同文本.pdf", PDF, "application/pdf")
                .post("/api/v1/townships/{t}/attachments", township).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> submission() {
        return Map.of("materials", List.of("合同文本（送审稿）", "中标通知书"), "reviewer", Users.JINHE_REVIEWER.username());
    }

    static Map<String, Object> signing(String fileId) {
        return Map.of("signatories", List.of("赵志刚", "王建兴"), "signedFileId", fileId);
    }

    /** Registered, approved by the leader and signed (a contract that is not major). */
    static String signed(Map<String, Object> body) {
        String id = registered(body);
        act(Users.JINHE_LEADER, id, "approve", Map.of()).statusCode(200);
        act(Users.JINHE_STAFF, id, "sign", signing(uploaded(id))).statusCode(200);
        return id;
    }

    /** A change of the contract at {@code path} under it (milestones, payments, amendments/1/actions/sign). */
    static ValidatableResponse change(Users user, String id, String path, Object body) {
        return as(user).header("If-Match", etag(id)).body(body).post(CONTRACT + "/" + path, "jinhe", id).then();
    }

    /** The contract's review, as the gate reports it in the contract's view. */
    static String reviewId(String contractId) {
        return as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", contractId).then().statusCode(200).extract()
                .path("review.reviewId");
    }

    /** The assigned reviewer answers the review with {@code verb} (approve, reject). */
    static void reviewed(String reviewId, String verb, Object body) {
        String tag = as(Users.JINHE_REVIEWER).get(REVIEW, "jinhe", reviewId).then().statusCode(200).extract()
                .header("ETag");
        as(Users.JINHE_REVIEWER).header("If-Match", tag).body(body)
                .post(REVIEW + "/actions/" + verb, "jinhe", reviewId).then().statusCode(200);
    }
}
