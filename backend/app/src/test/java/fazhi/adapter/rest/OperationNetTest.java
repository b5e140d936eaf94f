package fazhi.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.testing.Sql;
import fazhi.testing.Tokens;
import fazhi.testing.WithDemoData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The net: every operation of the generated OpenAPI document, read at run time, is called without a token, with
 * tokens that must not pass, by every role in its own township and in another, on a real record of another
 * township, and with bad bodies built from its request schema. {@link #ACCESS} says which roles each operation
 * serves; an operation the table does not name fails the net, so a new endpoint cannot ship without its row.
 * The net writes nothing: every refusal is checked to have left the records and the audit trail as they were.
 */
@QuarkusTest
@TestProfile(WithDemoData.class)
class OperationNetTest {

    private static final String READERS = "staff officer legal-reviewer leader auditor county-system admin";
    private static final String KEEPERS = "staff leader";
    private static final String ENFORCERS = "officer leader";
    /** Any caller with a valid token. */
    private static final String ANY = "any";
    /** No login at all. */
    private static final String PUBLIC = "public";
    private static final List<String> ROLES = List.of("staff", "officer", "legal-reviewer", "leader", "auditor",
            "county-system", "admin");

    /** Who may call each operation: the roles, {@link #ANY} signed-in caller, or {@link #PUBLIC}. */
    static final Map<String, String> ACCESS = Map.ofEntries(
            entry("GET /api/v1/me", ANY),
            entry("GET /api/v1/townships", ANY),
            entry("GET /api/v1/holiday-calendar", ANY),
            entry("PUT /api/v1/holiday-calendar/{date}", "admin"),
            entry("DELETE /api/v1/holiday-calendar/{date}", "admin"),
            entry("GET /api/v1/audit-events", "auditor leader"),
            entry("GET /api/v1/audit-events/verify", "auditor leader"),
            entry("GET /api/v1/public/townships/{township}/enforcement-matters", PUBLIC),
            entry("GET /api/v1/public/townships/{township}/inspection-items", PUBLIC),
            entry("GET /api/v1/public/townships/{township}/inspection-plans", PUBLIC),
            entry("GET /api/v1/public/townships/{township}/major-decisions", PUBLIC),
            entry("GET /api/v1/public/townships/{township}/normative-documents", PUBLIC),
            entry("GET /api/v1/public/townships/{township}/penalty-decisions", PUBLIC),
            entry("GET /api/v1/townships/{township}/settings", READERS),
            entry("GET /api/v1/townships/{township}/people", "staff officer legal-reviewer leader auditor admin"),
            entry("POST /api/v1/townships/{township}/attachments", "staff officer legal-reviewer leader"),
            entry("GET /api/v1/townships/{township}/attachments", READERS),
            entry("GET /api/v1/townships/{township}/attachments/{id}", READERS),
            entry("DELETE /api/v1/townships/{township}/attachments/{id}", "staff officer legal-reviewer leader"),
            entry("GET /api/v1/townships/{township}/attachments/{id}/content", READERS),
            entry("GET /api/v1/townships/{township}/attachments/{id}/verify", READERS),
            entry("PUT /api/v1/townships/{township}/settings", "admin"),
            entry("GET /api/v1/townships/{township}/deadlines", READERS),
            entry("GET /api/v1/townships/{township}/enforcement-figures/{year}", READERS),
            entry("GET /api/v1/townships/{township}/contracts", READERS),
            entry("POST /api/v1/townships/{township}/contracts", KEEPERS),
            entry("GET /api/v1/townships/{township}/contracts/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/contracts/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/actions/approve", "leader"),
            entry("POST /api/v1/townships/{township}/contracts/{id}/actions/archive", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/actions/complete", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/actions/sign", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/actions/submit-for-review", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/actions/terminate", "leader"),
            entry("POST /api/v1/townships/{township}/contracts/{id}/amendments", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/amendments/{number}/actions/approve", "leader"),
            entry("POST /api/v1/townships/{township}/contracts/{id}/amendments/{number}/actions/sign", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/amendments/{number}/actions/submit-for-review",
                    KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/milestones", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/milestones/{number}/actions/complete", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/milestones/{number}/actions/waive", KEEPERS),
            entry("POST /api/v1/townships/{township}/contracts/{id}/payments", KEEPERS),
            entry("GET /api/v1/townships/{township}/contract-figures/{year}", READERS),
            entry("GET /api/v1/townships/{township}/personnel", READERS),
            entry("POST /api/v1/townships/{township}/personnel", KEEPERS),
            entry("GET /api/v1/townships/{township}/personnel/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/personnel/{id}", KEEPERS),
            entry("GET /api/v1/townships/{township}/training-sessions", READERS),
            entry("POST /api/v1/townships/{township}/training-sessions", KEEPERS),
            entry("GET /api/v1/townships/{township}/training-sessions/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/training-sessions/{id}", KEEPERS),
            entry("GET /api/v1/townships/{township}/central-group-studies/{year}", READERS),
            entry("GET /api/v1/townships/{township}/training-figures/{year}", READERS),
            entry("GET /api/v1/townships/{township}/enforcement-cases", READERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases", ENFORCERS),
            entry("GET /api/v1/townships/{township}/enforcement-cases/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/enforcement-cases/{id}", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/approve-extension", "leader"),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/close", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/decide", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/deliver", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/execute", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/hold-hearing", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/investigate", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/notify", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/publish", "leader"),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/record-process", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/request-hearing", ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/request-legal-review",
                    ENFORCERS),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/revoke", "leader"),
            entry("POST /api/v1/townships/{township}/enforcement-cases/{id}/actions/waive-hearing", ENFORCERS),
            entry("GET /api/v1/townships/{township}/enforcement-matters", READERS),
            entry("POST /api/v1/townships/{township}/enforcement-matters", KEEPERS),
            entry("GET /api/v1/townships/{township}/enforcement-matters/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/enforcement-matters/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/enforcement-matters/{id}/actions/publish", "leader"),
            entry("POST /api/v1/townships/{township}/enforcement-matters/{id}/actions/withdraw", "leader"),
            entry("GET /api/v1/townships/{township}/exams", READERS),
            entry("POST /api/v1/townships/{township}/exams", KEEPERS),
            entry("GET /api/v1/townships/{township}/exams/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/exams/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/exams/{id}/results/import", KEEPERS),
            entry("POST /api/v1/townships/{township}/exams/{id}/results/import-preview", KEEPERS),
            entry("GET /api/v1/townships/{township}/personnel/export", READERS),
            entry("POST /api/v1/townships/{township}/personnel/import", KEEPERS),
            entry("POST /api/v1/townships/{township}/personnel/import-preview", KEEPERS),
            entry("GET /api/v1/townships/{township}/exam-registrations", READERS),
            entry("POST /api/v1/townships/{township}/exam-registrations", KEEPERS),
            entry("GET /api/v1/townships/{township}/exam-registrations/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/exam-registrations/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/exam-registrations/{id}/actions/record-result", KEEPERS),
            entry("GET /api/v1/townships/{township}/inspection-items", READERS),
            entry("POST /api/v1/townships/{township}/inspection-items", KEEPERS),
            entry("GET /api/v1/townships/{township}/inspection-items/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/inspection-items/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/inspection-items/{id}/actions/publish", "leader"),
            entry("GET /api/v1/townships/{township}/inspection-plans", READERS),
            entry("POST /api/v1/townships/{township}/inspection-plans", KEEPERS),
            entry("GET /api/v1/townships/{township}/inspection-plans/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/inspection-plans/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/inspection-plans/{id}/actions/file", "leader"),
            entry("POST /api/v1/townships/{township}/inspection-plans/{id}/actions/publish", "leader"),
            entry("GET /api/v1/townships/{township}/inspections", READERS),
            entry("POST /api/v1/townships/{township}/inspections", ENFORCERS),
            entry("GET /api/v1/townships/{township}/inspections/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/inspections/{id}", ENFORCERS),
            entry("POST /api/v1/townships/{township}/inspections/{id}/actions/approve", "leader"),
            entry("POST /api/v1/townships/{township}/inspections/{id}/actions/notify", ENFORCERS),
            entry("POST /api/v1/townships/{township}/inspections/{id}/actions/record-result", ENFORCERS),
            entry("GET /api/v1/townships/{township}/legal-advisers", READERS),
            entry("POST /api/v1/townships/{township}/legal-advisers", KEEPERS),
            entry("GET /api/v1/townships/{township}/legal-advisers/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/legal-advisers/{id}", KEEPERS),
            entry("GET /api/v1/townships/{township}/legal-advisers/{id}/consultations", READERS),
            entry("POST /api/v1/townships/{township}/legal-advisers/{id}/consultations", KEEPERS),
            entry("GET /api/v1/townships/{township}/legal-advisers/{id}/consultations/{consultationId}", READERS),
            entry("PUT /api/v1/townships/{township}/legal-advisers/{id}/consultations/{consultationId}", KEEPERS),
            entry("GET /api/v1/townships/{township}/legality-reviews", READERS),
            entry("POST /api/v1/townships/{township}/legality-reviews", "staff officer leader"),
            entry("GET /api/v1/townships/{township}/legality-reviews/statistics", READERS),
            entry("GET /api/v1/townships/{township}/legality-reviews/{id}", READERS),
            entry("POST /api/v1/townships/{township}/legality-reviews/{id}/actions/approve", "legal-reviewer"),
            entry("POST /api/v1/townships/{township}/legality-reviews/{id}/actions/approve-with-changes",
                    "legal-reviewer"),
            entry("POST /api/v1/townships/{township}/legality-reviews/{id}/actions/assign", "leader legal-reviewer"),
            entry("POST /api/v1/townships/{township}/legality-reviews/{id}/actions/reject", "legal-reviewer"),
            entry("POST /api/v1/townships/{township}/legality-reviews/{id}/actions/resubmit", "staff officer leader"),
            entry("GET /api/v1/townships/{township}/major-decisions", READERS),
            entry("POST /api/v1/townships/{township}/major-decisions", KEEPERS),
            entry("GET /api/v1/townships/{township}/major-decisions/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/major-decisions/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/major-decisions/{id}/actions/adopt", "leader"),
            entry("POST /api/v1/townships/{township}/major-decisions/{id}/actions/publish", KEEPERS),
            entry("POST /api/v1/townships/{township}/major-decisions/{id}/actions/submit-for-review", KEEPERS),
            entry("PUT /api/v1/townships/{township}/major-decisions/{id}/steps/collective-discussion", KEEPERS),
            entry("PUT /api/v1/townships/{township}/major-decisions/{id}/steps/expert-argument", KEEPERS),
            entry("PUT /api/v1/townships/{township}/major-decisions/{id}/steps/public-participation", KEEPERS),
            entry("PUT /api/v1/townships/{township}/major-decisions/{id}/steps/risk-assessment", KEEPERS),
            entry("GET /api/v1/townships/{township}/normative-documents", READERS),
            entry("POST /api/v1/townships/{township}/normative-documents", KEEPERS),
            entry("GET /api/v1/townships/{township}/normative-documents/clean-ups", READERS),
            entry("POST /api/v1/townships/{township}/normative-documents/clean-ups", KEEPERS),
            entry("GET /api/v1/townships/{township}/normative-documents/clean-ups/{id}", READERS),
            entry("POST /api/v1/townships/{township}/normative-documents/clean-ups/{id}/actions/close", "leader"),
            entry("POST /api/v1/townships/{township}/normative-documents/clean-ups/{id}/decisions", KEEPERS),
            entry("GET /api/v1/townships/{township}/normative-documents/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/normative-documents/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/normative-documents/{id}/actions/amend", KEEPERS),
            entry("POST /api/v1/townships/{township}/normative-documents/{id}/actions/expire", KEEPERS),
            entry("POST /api/v1/townships/{township}/normative-documents/{id}/actions/issue", "leader"),
            entry("POST /api/v1/townships/{township}/normative-documents/{id}/actions/re-evaluate", KEEPERS),
            entry("POST /api/v1/townships/{township}/normative-documents/{id}/actions/repeal", "leader"),
            entry("POST /api/v1/townships/{township}/normative-documents/{id}/actions/submit-for-review", KEEPERS),
            entry("GET /api/v1/townships/{township}/officers", READERS),
            entry("POST /api/v1/townships/{township}/officers", KEEPERS),
            entry("GET /api/v1/townships/{township}/officers/{id}", READERS),
            entry("PUT /api/v1/townships/{township}/officers/{id}", KEEPERS),
            entry("POST /api/v1/townships/{township}/officers/{id}/actions/reinstate", "leader"),
            entry("POST /api/v1/townships/{township}/officers/{id}/actions/suspend", "leader"));

    /** The table that holds the records a path's {id} names, by the collection before it. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("normative-documents/clean-ups", "normative_document_clean_ups");
        TABLES.put("enforcement-cases", "enforcement_case");
        TABLES.put("enforcement-matters", "enforcement_matter");
        TABLES.put("exam-registrations", "exam_registration");
        TABLES.put("inspection-items", "inspection_item");
        TABLES.put("inspection-plans", "inspection_plan");
        TABLES.put("inspections", "inspection");
        TABLES.put("legal-advisers", "legal_advisers");
        TABLES.put("legality-reviews", "legality_reviews");
        TABLES.put("major-decisions", "major_decisions");
        TABLES.put("normative-documents", "normative_documents");
        TABLES.put("officers", "officers");
        TABLES.put("contracts", "contracts");
        TABLES.put("personnel", "training_personnel");
        TABLES.put("training-sessions", "training_sessions");
        TABLES.put("exams", "training_exams");
        TABLES.put("attachments", "attachments");
    }

    private static final Pattern COLLECTION = Pattern.compile("/townships/\\{township}/([a-z-]+(?:/clean-ups)?)/\\{id}");
    private static final String STALE = "\"999999\"";

    @Inject
    Sql sql;

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode document;
    private int requests;
    /** Every request of the net, over its tests, for the log. */
    private static int allRequests;
    private static int operationCount;

    @AfterAll
    static void sayHowMuch() {
        System.out.printf("the net: %d operations, %d requests%n", operationCount, allRequests);
    }

    @BeforeEach
    void readTheDocument() throws Exception {
        document = json.readTree(RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        boolean takesBody() {
            return spec.has("requestBody");
        }

        boolean takesJson() {
            return spec.at("/requestBody/content").has("application/json");
        }

        boolean townshipScoped() {
            return path.contains("/api/v1/townships/{township}");
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        operationCount = operations.size();
        return operations;
    }

    @Test
    void the_table_names_every_operation_of_the_document_and_no_other() {
        Set<String> documented = new TreeSet<>();
        operations().forEach(op -> documented.add(op.key()));
        assertThat(documented).as("operations the access table of the net does not cover: add their rows")
                .isSubsetOf(ACCESS.keySet());
        assertThat(ACCESS.keySet()).as("rows of the access table no operation has any more").isSubsetOf(documented);
    }

    @Test
    void every_operation_refuses_missing_forged_expired_and_foreign_tokens() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            if (PUBLIC.equals(ACCESS.get(op.key()))) {
                expect(failures, op, "anonymous", call(op, null, "jinhe", body(op)), 200);
                continue;
            }
            expect(failures, op, "no token", call(op, null, "jinhe", body(op)), 401);
            expect(failures, op, "forged token", call(op, Tokens.forged("mallory"), "jinhe", body(op)), 401);
            expect(failures, op, "expired token", call(op, Tokens.expired("leader"), "jinhe", body(op)), 401);
            expect(failures, op, "another realm's token", call(op, Tokens.otherIssuer("leader"), "jinhe", body(op)),
                    401);
        }
        assertThat(failures).as("%d requests", requests).isEmpty();
    }

    @Test
    void every_role_gets_what_the_table_says_and_nothing_of_another_township() {
        long before = writes();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            String access = ACCESS.get(op.key());
            if (access == null || PUBLIC.equals(access)) {
                continue;
            }
            for (String role : ROLES) {
                boolean allowed = ANY.equals(access) || List.of(access.split(" ")).contains(role);
                String own = role.equals("admin") || role.equals("county-system") ? "*" : "jinhe";
                // a change the role may make is the area's tests' to make: the net writes nothing
                Response answer = allowed && op.writes() ? null
                        : call(op, Tokens.token("net-" + role, List.of(role), List.of(own)), "jinhe", body(op));
                if (!allowed) {
                    if (op.takesBody()) {
                        expectNot2xx(failures, op, role + " (may not)", answer);
                    } else {
                        expect(failures, op, role + " (may not)", answer, 403);
                    }
                } else if (answer != null
                        && (Set.of(401, 403).contains(answer.statusCode()) || answer.statusCode() >= 500)) {
                    // a read the role may make answers what it answers, but never a refusal and never a failure
                    failures.add(op.key() + " as " + role + " (may): " + answer.statusCode() + " "
                            + abbreviated(answer));
                }
                if (op.townshipScoped() && !own.equals("*")) {
                    String gaocun = Tokens.token("net-gaocun-" + role, List.of(role), List.of("gaocun"));
                    // a township the caller may not see, whatever the record: 404 (SYS-04)
                    expect(failures, op, role + " of gaocun on jinhe", call(op, gaocun, "jinhe", body(op)), 404);
                    if (op.path().contains("{id}")) {
                        // a real record of jinhe, asked for under the caller's own township
                        expect(failures, op, role + " of gaocun on a jinhe record under gaocun",
                                call(op, gaocun, "gaocun", body(op)), 404);
                    }
                }
            }
        }
        assertThat(failures).as("%d requests", requests).isEmpty();
        assertThat(writes()).as("the net changed records").isEqualTo(before);
    }

    @Test
    void bad_bodies_are_refused_naming_the_field_and_write_nothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            String access = ACCESS.get(op.key());
            if (!op.takesBody() || access == null) {
                continue;
            }
            if (!op.takesJson()) {
                String role = access.split(" ")[0];
                Response answer = call(op, Tokens.token("net-" + role, List.of(role), List.of("*")), "jinhe", "form");
                if (answer.statusCode() != 422) {
                    failures.add(op.key() + " with a form without its file: " + answer.statusCode());
                }
                continue;
            }
            String role = ANY.equals(access) ? "admin" : access.split(" ")[0];
            String token = Tokens.token("net-" + role, List.of(role), List.of("*"));
            long before = writes();
            JsonNode schema = resolve(op.spec().at("/requestBody/content/application~1json/schema"));
            for (Map.Entry<String, String> bad : badBodies(schema).entrySet()) {
                Response answer = call(op, token, "jinhe", bad.getValue());
                int status = answer.statusCode();
                String what = op.key() + " with " + bad.getKey() + ": " + status;
                if (bad.getKey().startsWith("4-byte")) {
                    if (status >= 500) {
                        failures.add(what + " " + answer.asString());
                    }
                    continue;
                }
                if (status != 400 && status != 422) {
                    failures.add(what + " " + answer.asString());
                } else if (!answer.contentType().startsWith("application/problem+json")) {
                    failures.add(what + " not problem+json");
                } else if (bad.getKey().contains("'")) {
                    String field = bad.getKey().substring(bad.getKey().indexOf('\'') + 1,
                            bad.getKey().lastIndexOf('\''));
                    List<String> named = answer.jsonPath().getList("violations.field", String.class);
                    if (named == null || named.stream().noneMatch(f -> f != null
                            && (f.equals(field) || f.endsWith("." + field) || f.startsWith(field)))) {
                        failures.add(what + " does not name " + field + ": " + answer.asString());
                    }
                }
            }
            if (writes() != before) {
                failures.add(op.key() + ": a bad body wrote something");
            }
        }
        assertThat(failures).as("%d requests", requests).isEmpty();
    }

    /** Bad bodies for a request schema, by what is wrong with them ('field' when the answer must name it). */
    private Map<String, String> badBodies(JsonNode schema) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", "{\"a\": [1, 2");
        bodies.put("not an object", "\"text\"");
        // deeper than Jackson's limit of 1 000 levels
        bodies.put("deep nesting", "{\"deep\": " + "[".repeat(1_500) + "]".repeat(1_500) + "}");
        JsonNode properties = schema.path("properties");
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (String field : required) {
            bodies.put("null for required '" + field + "'", json.writeValueAsString(nullOf(field)));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> property = fields.next();
            String name = property.getKey();
            JsonNode type = resolve(property.getValue());
            String kind = kind(type);
            bodies.put("a wrong type for '" + name + "'", "{\"" + name + "\": " + switch (kind) {
                case "string" -> "{\"x\": 1}";
                case "integer", "number" -> "\"many\"";
                case "boolean" -> "\"perhaps\"";
                case "array" -> "\"one\"";
                default -> "[true]";
            } + "}");
            if (type.has("enum")) {
                bodies.put("an unknown value of '" + name + "'", "{\"" + name + "\": \"NO_SUCH_VALUE\"}");
            }
            if (type.has("maxLength")) {
                bodies.put("'" + name + "' over its maxLength", json.writeValueAsString(Map.of(name,
                        "长".repeat(type.get("maxLength").asInt() + 1))));
            }
            if (kind.equals("integer") || kind.equals("number")) {
                bodies.put("'" + name + "' out of range", "{\"" + name + "\": 1e400}");
            }
            if (kind.equals("string") && !type.has("enum") && !type.has("format")) {
                bodies.put("4-byte characters in " + name, json.writeValueAsString(Map.of(name, "𠀀𪚥😀")));
            }
        }
        return bodies;
    }

    /** The schema's type; of a nullable one (OpenAPI 3.1: {@code type: [array, "null"]}) the type besides null. */
    private static String kind(JsonNode type) {
        JsonNode declared = type.path("type");
        if (declared.isArray()) {
            for (JsonNode entry : declared) {
                if (!entry.asText().equals("null")) {
                    return entry.asText();
                }
            }
        }
        return declared.asText(type.has("properties") ? "object" : "");
    }

    private static Map<String, Object> nullOf(String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(field, null);
        return body;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.at("/components/schemas/" + name);
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
            return resolve(resolved.get("allOf").get(0));
        }
        return resolved;
    }

    /** A body that reaches the operation's checks: empty, so it can never be a valid change. */
    private static String body(Operation op) {
        return op.takesBody() ? "{}" : null;
    }

    private Response call(Operation op, String token, String township, String body) {
        requests++;
        allRequests++;
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && op.takesJson()) {
            request.contentType("application/json").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (body != null) {
            // a form without its file: refused, whatever else is wrong
            request.multiPart("kind", "OTHER");
        }
        if (op.writes()) {
            request.header("If-Match", STALE);
        }
        String path = op.path().replace("{township}", township)
                .replace("{date}", "2025-10-01")
                .replace("{year}", "2025")
                .replace("{id}", recordId(op.path()))
                .replace("{number}", "1")
                .replace("{consultationId}", consultationId());
        if (op.path().equals("/api/v1/audit-events/verify") || op.path().equals("/api/v1/audit-events")) {
            path = path + "?township=" + township;
        }
        return request.request(op.method(), path);
    }

    private final Map<String, String> ids = new LinkedHashMap<>();

    /** A real record of Jinhe of the type the path names, from the demo data. */
    private String recordId(String path) {
        Matcher matcher = COLLECTION.matcher(path);
        if (!matcher.find()) {
            return "no-id";
        }
        String table = TABLES.get(matcher.group(1));
        assertThat(table).as("the net knows the table of %s", path).isNotNull();
        return ids.computeIfAbsent(table, t -> Objects.requireNonNullElse(
                sql.string("select min(id) from " + t + " where township = 'jinhe'"), "none-in-the-demo-data"));
    }

    private String consultationId() {
        String adviser = recordId("/api/v1/townships/{township}/legal-advisers/{id}");
        return ids.computeIfAbsent("consultation", t -> Objects.requireNonNullElse(sql.string("select min(id) from"
                + " legal_adviser_consultations where adviser_id = ?", adviser), "none-in-the-demo-data"));
    }

    /** What any write would change: the audit trail and the records. */
    private long writes() {
        long rows = sql.count("select count(*) from audit_events");
        for (String table : TABLES.values()) {
            rows += sql.count(table.equals("attachments") ? "select count(*) from attachments"
                    : "select count(*) + coalesce(sum(version), 0) from " + table);
        }
        return rows;
    }

    private static void expect(List<String> failures, Operation op, String as, Response answer, int status) {
        if (answer.statusCode() != status) {
            failures.add(op.key() + " as " + as + ": " + answer.statusCode() + " (expected " + status + ") "
                    + abbreviated(answer));
        } else if (status >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            failures.add(op.key() + " as " + as + ": " + status + " is not problem+json");
        }
    }

    private static void expectNot2xx(List<String> failures, Operation op, String as, Response answer) {
        if (answer.statusCode() < 300 || answer.statusCode() >= 500) {
            failures.add(op.key() + " as " + as + ": " + answer.statusCode() + " " + abbreviated(answer));
        }
    }

    private static String abbreviated(Response answer) {
        String body = answer.asString();
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
