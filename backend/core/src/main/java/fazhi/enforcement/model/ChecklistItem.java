package fazhi.enforcement.model;

/** One item of the close checklist (ENF-09); {@code required} ones must be done before the case closes. */
public record ChecklistItem(String item, boolean done, boolean required) {

    public static final String RECORDER_FOOTAGE = "RECORDER_FOOTAGE";
    public static final String DOCUMENTS_COMPLETE = "DOCUMENTS_COMPLETE";
    public static final String CERTIFICATES_SHOWN = "CERTIFICATES_SHOWN";
    public static final String UNIFORM_WORN = "UNIFORM_WORN";
}
