package fazhi.shared.port.out;

import fazhi.shared.model.TownshipCode;

/** Which records a township holds, by the record types of the audit trail ("officer", "enforcement-case", …). */
public interface RecordDirectory {

    /** Whether records of the type exist at all (are kept in a table of their own). */
    boolean knows(String recordType);

    /** Whether the township holds a record of the type with the id; an unknown type is a programming error. */
    boolean exists(String recordType, TownshipCode township, String id);

    /** Whether the record is closed or archived (a closed case, a repealed document): its files stay as they are. */
    boolean isClosed(String recordType, TownshipCode township, String id);

    /**
     * Whether the record points to one of its files (a case's full-process record to its footage or documents):
     * the file stays while it does.
     */
    boolean pointsTo(String recordType, TownshipCode township, String id, String attachmentId);
}
