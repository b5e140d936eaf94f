package fazhi.adapter.rest.training;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Importing the roster and exam results from CSV or XLSX, the preview, the refusal of a bad file, the export. */
@QuarkusTest
class TrainingImportApiTest {

    static final String PERSONNEL = "/api/v1/townships/{t}/personnel";
    static final String EXAMS = "/api/v1/townships/{t}/exams";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static ValidatableResponse upload(Users user, String path, byte[] file, String name, String type,
                                      Object... params) {
        return RestAssured.given().header("Authorization", user.bearer()).accept("application/json")
                .header("If-Match", "\"0\"").multiPart("file", name, file, type).post(path, params).then();
    }

    static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }

    static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("名册");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    long people(String name) {
        return sql.count("select count(*) from training_personnel where name = ?", name);
    }

    @Test
    void a_good_utf8_roster_file_imports_and_the_export_lists_it() {
        String a = unique("龙");
        String b = unique("杨");
        byte[] file = csv("\uFEFF姓名,职务,部门,领导干部,村干部,在岗日期\r\n" + a + ",科员,\"综治中心,一组\",否,否,2021-03-01\r\n"
                + b + ",副镇长,党政综合办公室,是,否,2020/1/1\r\n", StandardCharsets.UTF_8);
        upload(Users.JINHE_STAFF, PERSONNEL + "/import-preview", file, "roster.csv", "text/csv", "jinhe")
                .statusCode(200).body("valid", equalTo(true)).body("rows", equalTo(2)).body("errors", hasSize(0));
        assertThat(people(a)).as("the preview writes nothing").isZero();

        upload(Users.JINHE_STAFF, PERSONNEL + "/import", file, "roster.csv", "text/csv", "jinhe").statusCode(200)
                .body("items.name", hasItems(a, b)).body("items.find { it.name == '" + b + "' }.leadingCadre",
                        equalTo(true));

        String export = as(Users.JINHE_AUDITOR).accept("text/csv").queryParam("q", a).get(PERSONNEL + "/export",
                "jinhe").then().statusCode(200).header("Content-Type", startsWith("text/csv")).extract().asString();
        assertThat(export).contains("姓名,职务,部门,领导干部,村干部,在岗日期,离岗日期")
                .contains(a + ",科员,\"综治中心,一组\",否,否,2021-03-01,");
    }

    @Test
    void a_gbk_csv_as_excel_saves_it_imports() {
        String a = unique("滕");
        byte[] file = csv("姓名,部门,在岗日期\r\n" + a + ",综治中心,2022-05-01\r\n", Charset.forName("GBK"));
        upload(Users.JINHE_STAFF, PERSONNEL + "/import", file, "名册.csv", "text/csv", "jinhe").statusCode(200)
                .body("items[0].name", equalTo(a)).body("items[0].department", equalTo("综治中心"));
    }

    @Test
    void an_xlsx_roster_imports_with_date_cells_as_text() throws IOException {
        String a = unique("舒");
        byte[] file = xlsx(List.of(List.of("姓名", "职务", "村干部", "在岗日期"), List.of(a, "村主任", "是", "2019-09-01")));
        upload(Users.JINHE_LEADER, PERSONNEL + "/import", file, "roster.xlsx", XLSX, "jinhe").statusCode(200)
                .body("items[0].villageCadre", equalTo(true)).body("items[0].activeFrom", equalTo("2019-09-01"));
    }

    @Test
    void a_gbk_file_with_mixed_lines_is_refused_whole_with_every_lines_error_and_nothing_written() {
        String a = unique("田");
        String b = unique("麻");
        byte[] file = csv("姓名,部门,领导干部,在岗日期\r\n" + a + ",综治中心,否,2021-03-01\r\n" + b + ",综治中心,也许,2021-03-01\r\n"
                + a + ",综治中心,否,2021-03-01\r\n" + b + "2,综治中心,否,2021-13-01\r\n", Charset.forName("GBK"));
        upload(Users.JINHE_STAFF, PERSONNEL + "/import-preview", file, "roster.csv", "text/csv", "jinhe")
                .statusCode(200).body("valid", equalTo(false)).body("rows", equalTo(4))
                .body("errors.line", equalTo(List.of(3, 4, 5)))
                .body("errors.field", equalTo(List.of("rows[3].领导干部", "rows[4]", "rows[5].在岗日期")))
                .body("errors[1].message", containsString("第 2 行"));
        upload(Users.JINHE_STAFF, PERSONNEL + "/import", file, "roster.csv", "text/csv", "jinhe").statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("rows[3].领导干部", "rows[4]", "rows[5].在岗日期")));
        assertThat(people(a)).as("nothing written").isZero();
    }

    @Test
    void a_wrong_header_is_listed_and_refused() {
        byte[] file = csv("名字,在岗日期\r\n龙志华,2021-03-01\r\n", StandardCharsets.UTF_8);
        upload(Users.JINHE_STAFF, PERSONNEL + "/import-preview", file, "roster.csv", "text/csv", "jinhe")
                .statusCode(200).body("valid", equalTo(false)).body("errors.field", hasItems("header.名字",
                        "header.姓名"));
        upload(Users.JINHE_STAFF, PERSONNEL + "/import", file, "roster.csv", "text/csv", "jinhe").statusCode(422)
                .body("violations.field", hasItem("header.姓名"));
    }

    @Test
    void a_file_that_is_not_a_table_or_no_file_is_refused_naming_the_file() {
        upload(Users.JINHE_STAFF, PERSONNEL + "/import", new byte[]{'P', 'K', 3, 4, 0, 1}, "x.xlsx", XLSX, "jinhe")
                .statusCode(422).body("violations.field", hasItem("file"));
        RestAssured.given().header("Authorization", Users.JINHE_STAFF.bearer()).multiPart("kind", "OTHER")
                .post(PERSONNEL + "/import", "jinhe").then().statusCode(422).body("violations.field", hasItem("file"));
    }

    @Test
    void an_auditor_may_not_import() {
        byte[] file = csv("姓名,在岗日期\r\n" + unique("吴") + ",2021-03-01\r\n", StandardCharsets.UTF_8);
        upload(Users.JINHE_AUDITOR, PERSONNEL + "/import", file, "roster.csv", "text/csv", "jinhe").statusCode(403);
    }

    @Test
    void exam_results_import_matched_to_the_roster_and_the_rates_follow() throws IOException {
        String a = unique("姚");
        String b = unique("向");
        upload(Users.JINHE_STAFF, PERSONNEL + "/import", csv("姓名,在岗日期\n" + a + ",2020-01-01\n" + b
                + ",2020-01-01\n", StandardCharsets.UTF_8), "r.csv", "text/csv", "jinhe").statusCode(200);
        String exam = as(Users.JINHE_STAFF).body(Map.of("year", 2025, "name", unique("学法考试"), "heldOn", "2025-11-20",
                "passMark", "60", "platform", "学法平台")).post(EXAMS, "jinhe").then().statusCode(201)
                .body("rates.pass", nullValue()).extract().path("id");

        byte[] bad = xlsx(List.of(List.of("姓名", "参学", "参考", "成绩"), List.of(a, "是", "是", 88),
                List.of("查无此人", "是", "是", 70), List.of(b, "是", "是", "九十"), List.of(a, "是", "是", 88)));
        upload(Users.JINHE_STAFF, EXAMS + "/{id}/results/import-preview", bad, "exam.xlsx", XLSX, "jinhe", exam)
                .statusCode(200).body("valid", equalTo(false))
                .body("errors.field", equalTo(List.of("rows[3].姓名", "rows[4].成绩", "rows[5]")));
        upload(Users.JINHE_STAFF, EXAMS + "/{id}/results/import", bad, "exam.xlsx", XLSX, "jinhe", exam)
                .statusCode(422);

        byte[] good = xlsx(List.of(List.of("姓名", "参学", "参考", "成绩"), List.of(a, "是", "是", 45),
                List.of(a, "是", "是", 88.5), List.of(b, "是", "否", "")));
        upload(Users.JINHE_STAFF, EXAMS + "/{id}/results/import", good, "exam.xlsx", XLSX, "jinhe", exam)
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("results", equalTo(3))
                .body("rates.rule", equalTo("TRN-02"))
                .body("rates.pass.numerator", equalTo(1)).body("rates.pass.denominator", equalTo(1))
                .body("rates.pass.percent", equalTo("100.0"));
        upload(Users.JINHE_STAFF, EXAMS + "/{id}/results/import", good, "exam.xlsx", XLSX, "jinhe", exam)
                .statusCode(412);
    }
}
