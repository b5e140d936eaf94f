package fazhi.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fazhi.testing.Api.as;

/** Township settings through the API, for tests that need a township's own values (put them back after). */
public final class Settings {

    public static final String SETTINGS = "/api/v1/townships/{t}/settings";

    private Settings() {
    }

    /** The values a township has while it keeps the deployment's defaults (application.properties). */
    public static Map<String, Object> defaults() {
        Map<String, Object> values = new HashMap<>();
        values.put("hearingThresholdIndividual", "10000.00");
        values.put("hearingThresholdOrganisation", "100000.00");
        values.put("inspectionsPerEnterpriseYearly", 2);
        values.put("contractMajorThreshold", "500000.00");
        values.put("contractExpiryNoticeDays", 30);
        values.put("disputeMediationDays", 30);
        values.put("centralGroupStudiesYearly", 2);
        values.put("attachmentMaxMegabytes", 20);
        values.put("attachmentTypes", List.of("PDF", "JPEG", "PNG", "DOCX", "XLSX", "MP4"));
        return values;
    }

    /** The defaults with one value changed ({@code null} allowed, to test refusals). */
    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> values = defaults();
        values.put(field, value);
        return values;
    }

    /** Puts a township's values as the admin, from whatever version it has now. */
    public static void put(String township, Map<String, Object> values) {
        String etag = as(Users.ADMIN).get(SETTINGS, township).then().statusCode(200).extract().header("ETag");
        as(Users.ADMIN).header("If-Match", etag).body(values).put(SETTINGS, township).then().statusCode(200);
    }
}
