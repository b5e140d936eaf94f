package fazhi.shared.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** A field's value before and after a change, as text (null where there was or is none). */
public record Change(String before, String after) {

    /** The fields whose values differ between two snapshots, in field order. */
    public static Map<String, Change> between(Map<String, String> before, Map<String, String> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.put(field, new Change(was, is));
            }
        }
        return changes;
    }
}
