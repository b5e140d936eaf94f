package fazhi.shared.model;

/** SYS-02: the change was based on a version that is no longer the current one. */
public class StaleRecord extends RuleViolation {

    public StaleRecord(String recordType, String id, long expected, long actual) {
        super(Rule.SYS_02, "record.stale", recordType, id, expected, actual);
    }
}
