package fazhi.adapter.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way the adapters take a row that concurrent writers line up on (a township's audit chain head, a
 * number counter, an idempotency claim): {@code INSERT ... ON DUPLICATE KEY UPDATE}, which creates the row or
 * takes its exclusive lock in a single statement, held until the transaction ends.
 * <p>
 * Never {@code INSERT IGNORE} followed by {@code SELECT ... FOR UPDATE}: on an existing row the first takes a
 * shared lock, and two transactions that both hold it wait for each other to upgrade (MySQL 1213, a deadlock on
 * every concurrent write of a township).
 */
public final class ExclusiveRows {

    private ExclusiveRows() {
    }

    /** Creates the row with these values, or locks the existing one and leaves it as it is. */
    public static void createOrLock(EntityManager em, String table, Map<String, Object> values) {
        String first = values.keySet().iterator().next();
        createOrUpdate(em, table, values, first + " = " + first);
    }

    /** Creates the row with these values, or locks the existing one and applies {@code update} to it. */
    public static void createOrUpdate(EntityManager em, String table, Map<String, Object> values, String update) {
        List<String> columns = List.copyOf(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
                + ") ON DUPLICATE KEY UPDATE " + update;
        Query query = em.createNativeQuery(sql);
        int position = 1;
        for (Object value : values.values()) {
            query.setParameter(position++, value);
        }
        query.executeUpdate();
    }

    /** Column values in the order given: {@code columns("township", "jinhe", "kind", "CASE")}. */
    public static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
