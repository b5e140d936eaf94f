package fazhi.shared.model;

/** A record that is closed (结案, archived) takes no more changes of this kind: answered as 409. */
public class RecordClosed extends RuntimeException {

    private final String recordType;
    private final String id;
    private final String messageKey;

    public RecordClosed(String recordType, String id, String messageKey) {
        super(recordType + " " + id + " is closed: " + messageKey);
        this.recordType = recordType;
        this.id = id;
        this.messageKey = messageKey;
    }

    public String recordType() {
        return recordType;
    }

    public String id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }
}
