package fazhi.testing;

import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.RecordDirectory;

import java.util.HashSet;
import java.util.Set;

/** The records the townships hold, by type, township and id; some of them closed. */
public final class InMemoryRecordDirectory implements RecordDirectory {

    private final Set<String> types = new HashSet<>();
    private final Set<String> records = new HashSet<>();
    private final Set<String> closed = new HashSet<>();
    private final Set<String> pointers = new HashSet<>();

    public InMemoryRecordDirectory with(String type, TownshipCode township, String id) {
        types.add(type);
        records.add(key(type, township, id));
        return this;
    }

    public void close(String type, TownshipCode township, String id) {
        closed.add(key(type, township, id));
    }

    /** The record points to one of its files (a case's full-process record to its footage). */
    public void pointTo(String type, TownshipCode township, String id, String attachmentId) {
        pointers.add(key(type, township, id) + "/" + attachmentId);
    }

    @Override
    public boolean knows(String recordType) {
        return types.contains(recordType);
    }

    @Override
    public boolean exists(String recordType, TownshipCode township, String id) {
        return records.contains(key(recordType, township, id));
    }

    @Override
    public boolean isClosed(String recordType, TownshipCode township, String id) {
        return closed.contains(key(recordType, township, id));
    }

    @Override
    public boolean pointsTo(String recordType, TownshipCode township, String id, String attachmentId) {
        return pointers.contains(key(recordType, township, id) + "/" + attachmentId);
    }

    private static String key(String type, TownshipCode township, String id) {
        return type + "/" + township.value() + "/" + id;
    }
}
