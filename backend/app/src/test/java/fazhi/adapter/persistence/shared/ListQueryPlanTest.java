package fazhi.adapter.persistence.shared;

import fazhi.shared.model.CreditCode;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.Users;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The regression guard of lists at scale: EXPLAINs the statements of every list of every adapter, for no filter
 * and for each filter alone, under each sort in both directions, on a few thousand generated records, and fails
 * when one would sort the township's rows (a filesort or a temporary table) or scan a table. A filter that narrows
 * the list through an index of its own ({@link ListQuery#narrowed()}) may sort its few matches.
 */
@QuarkusTest
@TestProfile(ListQueryPlanTest.WithGeneratedRecords.class)
class ListQueryPlanTest {

    /** The demo data and a few thousand records cloned from it in three townships. */
    public static class WithGeneratedRecords implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fazhi.demo-data.enabled", "true", "fazhi.scale-data.enabled", "true",
                    "fazhi.scale-data.townships", "3", "fazhi.scale-data.cases", "13100",
                    "fazhi.scale-data.first-township-cases", "10100", "fazhi.scale-data.inspections", "3000",
                    "fazhi.scale-data.reviews", "1500", "fazhi.scale-data.documents", "600",
                    "fazhi.scale-data.officers", "300");
        }
    }

    private static final TownshipCode JINHE = TownshipCode.of("jinhe");

    @Inject
    @Any
    Instance<Listings> adapters;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_filter_and_sort_of_every_list_reads_in_index_order() throws SQLException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (Listings adapter : adapters) {
                for (Listings.Listing<?> listing : adapter.listings()) {
                    checked += check(connection, listing, failures);
                }
            }
        }
        assertThat(failures).as("statements that sort or scan (%d checked)", checked).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void a_total_above_the_bound_says_it_is_not_exact() {
        // Jinhe's audit log has thousands of events (one for each generated record): a page counts ten more
        as(Users.JINHE_AUDITOR).queryParam("township", "jinhe").queryParam("size", 5).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("total", equalTo(55))
                .body("totalIsExact", equalTo(false))
                .body("items", hasSize(5));
        // ten pages past the one asked for (offset 9 400 + 11 pages of 20), and never past 10 000
        as(Users.JINHE_AUDITOR).queryParam("township", "jinhe").queryParam("size", 20).queryParam("page", 470)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(9620)).body("totalIsExact", equalTo(false));
        as(Users.JINHE_LEADER).queryParam("size", 20).queryParam("page", 495)
                .get("/api/v1/townships/jinhe/enforcement-cases").then().statusCode(200)
                .body("total", equalTo(ListQuery.COUNT_BOUND)).body("totalIsExact", equalTo(false));
        as(Users.JINHE_AUDITOR).queryParam("township", "gaocun").get("/api/v1/audit-events").then().statusCode(404);
        as(Users.JINHE_LEADER).queryParam("size", 1).get("/api/v1/townships/jinhe/enforcement-cases").then()
                .statusCode(200).body("total", equalTo(11)).body("totalIsExact", equalTo(false));
        as(Users.JINHE_LEADER).queryParam("q", "锦和执立〔2025〕第1号").get("/api/v1/townships/jinhe/enforcement-cases")
                .then().statusCode(200).body("totalIsExact", equalTo(true));
    }

    @Test
    void a_page_deeper_than_10_000_rows_is_refused_naming_the_page() {
        as(Users.JINHE_LEADER).queryParam("page", 499).queryParam("size", 20)
                .get("/api/v1/townships/jinhe/enforcement-cases").then().statusCode(200).body("items", hasSize(20));
        as(Users.JINHE_LEADER).queryParam("page", 500).queryParam("size", 20)
                .get("/api/v1/townships/jinhe/enforcement-cases").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
    }

    private <Q> int check(Connection connection, Listings.Listing<Q> listing, List<String> failures)
            throws SQLException {
        int checked = 0;
        for (Q filter : filters(listing.filterType())) {
            for (String sort : listing.sortable()) {
                for (String direction : List.of("asc", "desc")) {
                    PageRequest page = PageRequest.of(2, 20, sort + "," + direction, listing.sortable(), sort);
                    ListQuery query = listing.query().of(JINHE, filter, page, LocalDate.now());
                    String what = listing.name() + " " + filter + " sort=" + sort + "," + direction;
                    explain(connection, query.pageOfIds(page), !query.isNarrowed(), what, failures);
                    explain(connection, query.boundedCount(page), false, what + " (count)", failures);
                    checked++;
                }
            }
        }
        return checked;
    }

    private static void explain(Connection connection, ListQuery.Statement statement, boolean inIndexOrder,
                                String what, List<String> failures) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                Object value = statement.parameters().get(i);
                explain.setObject(i + 1, value instanceof Instant instant ? java.sql.Timestamp.from(instant) : value);
            }
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    String table = plan.getString("table");
                    String type = plan.getString("type");
                    String key = plan.getString("key");
                    String extra = String.valueOf(plan.getString("Extra"));
                    boolean derived = table != null && table.startsWith("<derived");
                    if (derived) {
                        continue;
                    }
                    if ("ALL".equals(type) || key == null) {
                        failures.add(what + ": scans " + table + " (type " + type + ", " + extra + ")\n  "
                                + statement.sql());
                    } else if (inIndexOrder && (extra.contains("filesort") || extra.contains("temporary"))) {
                        failures.add(what + ": sorts " + table + " by " + key + " (" + extra + ")\n  "
                                + statement.sql());
                    }
                }
            }
        }
    }

    /** No filter, then each filter alone, with a value of its type. */
    @SuppressWarnings("unchecked")
    private static <Q> List<Q> filters(Class<Q> type) {
        List<Q> filters = new ArrayList<>();
        if (!type.isRecord()) {
            filters.add(null);
            filters.add((Q) sample(type, "value"));
            return filters;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        for (int only = -1; only < components.length; only++) {
            List<Object> candidates = only < 0 ? java.util.Collections.singletonList(null)
                    : types[only].isEnum() ? List.of(types[only].getEnumConstants())
                    : List.of(sample(types[only], components[only].getName()));
            Q made = null;
            for (Object candidate : candidates) {
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = i == only ? candidate : empty(types[i]);
                }
                try {
                    made = type.getDeclaredConstructor(types).newInstance(values);
                    break;
                } catch (java.lang.reflect.InvocationTargetException refused) {
                    // a value the filter refuses (an enum constant that is no filter): try the next
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type + " with " + Arrays.toString(values), e);
                }
            }
            if (made == null) {
                throw new IllegalStateException("no value of " + components[only] + " makes a filter of " + type);
            }
            filters.add(made);
        }
        return filters;
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == Set.class) {
            return Set.of();
        }
        return type == List.class ? List.of() : null;
    }

    private static Object sample(Class<?> type, String name) {
        if (type == Integer.class || type == int.class) {
            return name.toLowerCase().contains("year") || name.equals("value") ? 2025 : 30;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "张";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2025, 6, 30);
        }
        if (type == Instant.class) {
            return Instant.parse("2025-06-30T00:00:00Z");
        }
        if (type == CreditCode.class) {
            return CreditCode.parse("creditCode", "91431226MA4QL8K2XD");
        }
        if (type == TownshipCode.class) {
            return JINHE;
        }
        throw new IllegalStateException("no sample value for a filter of type " + type + " (" + name + ")");
    }
}
