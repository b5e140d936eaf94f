package fazhi.shared.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** A field's value before and after a change, as text (null where there was or is none). */
public record Change(String before, String after) {

    /** The fields whose values differ between two snapshots, ordered by field name. */
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

    /**
     * The same changes with personal data masked (DSP-04, and no personal data in the audit log): a change of
     * a phone number still shows as a change, without the number.
     */
    public static Map<String, Change> masking(Map<String, Change> changes, java.util.Set<String> personalFields) {
        Map<String, Change> masked = new LinkedHashMap<>();
        changes.forEach((field, change) -> masked.put(field, personalFields.contains(field)
                ? new Change(Masking.mask(change.before()), Masking.mask(change.after())) : change));
        return masked;
    }
}
