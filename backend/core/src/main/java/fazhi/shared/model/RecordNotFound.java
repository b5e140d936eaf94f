package fazhi.shared.model;

/** No such record, or one of a township the actor may not see (SYS-04: the two answer alike). */
public class RecordNotFound extends RuntimeException {

    private final String recordType;
    private final String id;

    public RecordNotFound(String recordType, String id) {
        super(recordType + " not found");
        this.recordType = recordType;
        this.id = id;
    }

    public String recordType() {
        return recordType;
    }

    public String id() {
        return id;
    }
}
