package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.Settings;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fazhi.adapter.rest.enforcementcase.CaseApi.caseBody;
import static fazhi.adapter.rest.enforcementcase.CaseApi.file;
import static fazhi.adapter.rest.enforcementcase.CaseApi.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Attachments of an enforcement case: /api/v1/townships/{t}/attachments, the bytes kept by their SHA-256. */
@QuarkusTest
class CaseAttachmentsApiTest {

    static final String ATTACHMENTS = "/api/v1/townships/{t}/attachments";
    static final String ATTACHMENT = ATTACHMENTS + "/{id}";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    String caseId;

    @BeforeEach
    void aCase() {
        townships.ensure();
        caseId = file(caseBody(team("jinhe"))).id();
    }

    /** As a browser sends a form: file names in UTF-8. */
    static RequestSpecification multipart(Users user) {
        return RestAssured.given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .header("Authorization", user.bearer()).accept("application/json");
    }

    static ExtractableResponse<Response> upload(Users user, String township, String recordId, String name,
                                                byte[] bytes, int status) {
        return multipart(user).multiPart("recordType", "enforcement-case").multiPart("recordId", recordId)
                .multiPart("kind", "DECISION_DOCUMENT").multiPart("file", name, bytes, "application/octet-stream")
                .post(ATTACHMENTS, township).then().statusCode(status).extract();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void an_officer_uploads_a_decision_and_reads_it_back_byte_for_byte() throws Exception {
        ExtractableResponse<Response> uploaded = upload(Users.JINHE_OFFICER, "jinhe", caseId, "锦和罚决字〔2025〕第7号.pdf",
                PDF, 201);
        String id = uploaded.path("id");
        assertThat(uploaded.header("Location")).endsWith("/api/v1/townships/jinhe/attachments/" + id);
        assertThat(uploaded.<String>path("sha256")).isEqualTo(sha256(PDF));
        assertThat(uploaded.<String>path("mediaType")).isEqualTo("application/pdf");
        assertThat(uploaded.<Integer>path("size")).isEqualTo(PDF.length);

        multipart(Users.JINHE_AUDITOR).get(ATTACHMENTS + "?recordType=enforcement-case&recordId=" + caseId, "jinhe")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items[0].uploadedBy",
                        equalTo(Users.JINHE_OFFICER.username()));
        byte[] content = multipart(Users.JINHE_STAFF).accept("*/*").get(ATTACHMENT + "/content", "jinhe", id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''%E9%94%A6%E5%92%8C"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(content).isEqualTo(PDF);
        multipart(Users.JINHE_AUDITOR).get(ATTACHMENT + "/verify", "jinhe", id).then().statusCode(200)
                .body("intact", equalTo(true)).body("actualSha256", equalTo(sha256(PDF)));
        // SYS-01: the case's audit trail keeps the file's digest
        assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = 'attachment.uploaded'"
                + " and changes like ?", caseId, "%" + sha256(PDF) + "%")).isEqualTo(1);
    }

    @Test
    void the_type_is_told_from_the_bytes_not_from_the_name() throws Exception {
        upload(Users.JINHE_OFFICER, "jinhe", caseId, "决定书.pdf", "MZ\u0090\u0000 not a pdf".getBytes(
                StandardCharsets.ISO_8859_1), 422).path("violations.field").toString();
        multipart(Users.JINHE_OFFICER).multiPart("recordType", "enforcement-case").multiPart("recordId", caseId)
                .multiPart("kind", "EVIDENCE").multiPart("file", "询问笔录.pdf", docx(), "application/pdf")
                .post(ATTACHMENTS, "jinhe").then().statusCode(201).body("fileType", equalTo("DOCX"))
                .body("mediaType", containsString("wordprocessingml"));
    }

    @Test
    void a_file_beyond_the_townships_limit_or_of_a_type_it_does_not_allow_is_refused() {
        Settings.put("jinhe", Settings.with("attachmentMaxMegabytes", 1));
        try {
            byte[] big = new byte[1024 * 1024 + 1];
            System.arraycopy(PDF, 0, big, 0, PDF.length);
            upload(Users.JINHE_OFFICER, "jinhe", caseId, "扫描件.pdf", big, 422);
        } finally {
            Settings.put("jinhe", Settings.defaults());
        }
        Settings.put("jinhe", Settings.with("attachmentTypes", List.of("JPEG")));
        try {
            assertThat(upload(Users.JINHE_OFFICER, "jinhe", caseId, "决定书.pdf", PDF, 422).<List<String>>path(
                    "violations.field")).contains("file");
        } finally {
            Settings.put("jinhe", Settings.defaults());
        }
        assertThat(sql.count("select count(*) from attachments where record_id = ?", caseId)).isZero();
    }

    @Test
    void only_a_record_of_the_callers_township_takes_files_and_only_those_who_work_it_upload() {
        upload(Users.GAOCUN_STAFF, "gaocun", caseId, "决定书.pdf", PDF, 422);
        upload(Users.GAOCUN_STAFF, "jinhe", caseId, "决定书.pdf", PDF, 404);
        upload(Users.JINHE_AUDITOR, "jinhe", caseId, "决定书.pdf", PDF, 403);
        RestAssured.given().multiPart("recordType", "enforcement-case").multiPart("recordId", caseId)
                .multiPart("kind", "OTHER").multiPart("file", "x.pdf", PDF).post(ATTACHMENTS, "jinhe")
                .then().statusCode(401);
        multipart(Users.JINHE_OFFICER).multiPart("recordType", "enforcement-case").multiPart("recordId", caseId)
                .multiPart("kind", "OTHER").post(ATTACHMENTS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("file"));
        String id = upload(Users.JINHE_OFFICER, "jinhe", caseId, "决定书.pdf", PDF, 201).path("id");
        multipart(Users.GAOCUN_STAFF).get(ATTACHMENT, "gaocun", id).then().statusCode(404);
        multipart(Users.GAOCUN_STAFF).get(ATTACHMENT + "/content", "jinhe", id).then().statusCode(404);
    }

    @Test
    void the_uploader_or_a_leader_removes_a_file_while_the_case_is_open() {
        String mine = upload(Users.JINHE_OFFICER, "jinhe", caseId, "a.pdf", PDF, 201).path("id");
        String other = upload(Users.JINHE_OFFICER, "jinhe", caseId, "b.pdf", PDF, 201).path("id");
        String kept = upload(Users.JINHE_OFFICER, "jinhe", caseId, "c.pdf", PDF, 201).path("id");
        multipart(Users.JINHE_STAFF).delete(ATTACHMENT, "jinhe", mine).then().statusCode(403);
        multipart(Users.JINHE_OFFICER).delete(ATTACHMENT, "jinhe", mine).then().statusCode(204);
        multipart(Users.JINHE_LEADER).delete(ATTACHMENT, "jinhe", other).then().statusCode(204);
        assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = 'attachment.deleted'",
                caseId)).isEqualTo(2);

        sql.update("update enforcement_case set status = 'CLOSED' where id = ?", caseId);
        multipart(Users.JINHE_LEADER).delete(ATTACHMENT, "jinhe", kept).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(sql.count("select count(*) from attachments where record_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void sys03_an_upload_retried_with_its_idempotency_key_is_stored_once() {
        String key = java.util.UUID.randomUUID().toString();
        ExtractableResponse<Response> first = multipart(Users.JINHE_OFFICER).header("Idempotency-Key", key)
                .multiPart("recordType", "enforcement-case").multiPart("recordId", caseId)
                .multiPart("kind", "DELIVERY_RECEIPT").multiPart("file", "送达回证.pdf", PDF, "application/pdf")
                .post(ATTACHMENTS, "jinhe").then().statusCode(201).extract();
        ExtractableResponse<Response> retry = multipart(Users.JINHE_OFFICER).header("Idempotency-Key", key)
                .multiPart("recordType", "enforcement-case").multiPart("recordId", caseId)
                .multiPart("kind", "DELIVERY_RECEIPT").multiPart("file", "送达回证.pdf", PDF, "application/pdf")
                .post(ATTACHMENTS, "jinhe").then().statusCode(201).header("Idempotent-Replayed", "true").extract();

        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(sql.count("select count(*) from attachments where record_id = ?", caseId)).isEqualTo(1);
        assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = 'attachment.uploaded'",
                caseId)).isEqualTo(1);
        // the same key for other bytes is another request: refused, nothing stored
        multipart(Users.JINHE_OFFICER).header("Idempotency-Key", key)
                .multiPart("recordType", "enforcement-case").multiPart("recordId", caseId)
                .multiPart("kind", "DELIVERY_RECEIPT").multiPart("file", "送达回证.pdf", docx(), "application/pdf")
                .post(ATTACHMENTS, "jinhe").then().statusCode(422).body("rule", equalTo("SYS-03"));
        assertThat(sql.count("select count(*) from attachments where record_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void enf09_the_process_record_points_to_the_cases_files_which_then_stay() {
        String footage = upload(Users.JINHE_OFFICER, "jinhe", caseId, "执法记录仪.pdf", PDF, 201).path("id");
        String decision = upload(Users.JINHE_OFFICER, "jinhe", caseId, "决定书.pdf", PDF, 201).path("id");
        String otherCase = file(caseBody(team("jinhe"))).id();
        String notOurs = upload(Users.JINHE_OFFICER, "jinhe", otherCase, "送达回证.pdf", PDF, 201).path("id");
        Map<String, Object> record = new HashMap<>(Map.of("recorderFootageFile", footage, "documentsComplete", true,
                "documentFiles", List.of(decision), "certificatesShown", true, "uniformWorn", false));

        CaseApi.done(caseId, "record-process", record)
                .body("processRecord.recorderFootageFile", equalTo(footage))
                .body("processRecord.recorderFootageRef", nullValue())
                .body("processRecord.documentFiles", equalTo(List.of(decision)))
                .body("closeChecklist.find { it.item == 'RECORDER_FOOTAGE' }.done", equalTo(true));
        multipart(Users.JINHE_OFFICER).get(ATTACHMENTS + "?recordType=enforcement-case&recordId=" + caseId, "jinhe")
                .then().statusCode(200).body("items.find { it.id == '" + footage + "' }.removable", equalTo(false));
        multipart(Users.JINHE_OFFICER).delete(ATTACHMENT, "jinhe", footage).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("attachment-in-use"));

        record.put("documentFiles", List.of(decision, notOurs));
        CaseApi.act(Users.JINHE_OFFICER, caseId, "record-process", record).statusCode(422)
                .body("violations.field", equalTo(List.of("documentFiles")))
                .body("violations[0].message", containsString(notOurs));

        record.put("documentFiles", List.of());
        record.put("recorderFootageFile", null);
        record.put("recorderFootageRef", "JLY-2025-0612-01");
        CaseApi.done(caseId, "record-process", record);
        multipart(Users.JINHE_OFFICER).delete(ATTACHMENT, "jinhe", footage).then().statusCode(204);
    }

    @Test
    void verify_finds_bytes_changed_behind_the_systems_back() throws Exception {
        byte[] unique = (new String(PDF, StandardCharsets.US_ASCII) + caseId).getBytes(StandardCharsets.US_ASCII);
        String id = upload(Users.JINHE_OFFICER, "jinhe", caseId, "d.pdf", unique, 201).path("id");
        String digest = sha256(unique);
        Path stored = Path.of("target/attachments", digest.substring(0, 2), digest.substring(2, 4), digest);
        Files.writeString(stored, "%PDF-1.7 altered");

        multipart(Users.JINHE_AUDITOR).get(ATTACHMENT + "/verify", "jinhe", id).then().statusCode(200)
                .body("intact", equalTo(false)).body("sha256", equalTo(digest));
    }

    /** The smallest Word document a sniffer recognises: a ZIP with [Content_Types].xml and word/. */
    static byte[] docx() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
