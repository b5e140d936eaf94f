package fazhi.shared.model;

import java.util.Map;

/**
 * A record of a township that changes under SYS-02: it has a version (its ETag) and a snapshot of its fields, whose
 * difference before and after a change goes into the audit trail (SYS-01).
 */
public interface TrackedRecord {

    String id();

    TownshipCode township();

    long version();

    /** The record's fields as text, by name, for the audit trail. */
    Map<String, String> snapshot();
}
