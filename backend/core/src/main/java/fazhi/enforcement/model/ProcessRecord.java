package fazhi.enforcement.model;

import java.util.List;

/**
 * The full-process record (全过程记录, ENF-09): the body-recorder footage (执法记录仪) reference, whether the
 * documents are complete, the certificates were shown (出示证件) and the uniform worn (着装).
 */
public record ProcessRecord(String recorderFootageRef, boolean documentsComplete, boolean certificatesShown,
                            boolean uniformWorn) {

    public static final int MAX_REF_LENGTH = 200;

    public ProcessRecord {
        recorderFootageRef = CaseTexts.optional("recorderFootageRef", recorderFootageRef, MAX_REF_LENGTH);
    }

    public static ProcessRecord empty() {
        return new ProcessRecord(null, false, false, false);
    }

    /** What ENF-09 asks before a case closes, each item done or not; the uniform is recorded, not required. */
    public List<ChecklistItem> checklist() {
        return List.of(
                new ChecklistItem(ChecklistItem.RECORDER_FOOTAGE, recorderFootageRef != null, true),
                new ChecklistItem(ChecklistItem.DOCUMENTS_COMPLETE, documentsComplete, true),
                new ChecklistItem(ChecklistItem.CERTIFICATES_SHOWN, certificatesShown, true),
                new ChecklistItem(ChecklistItem.UNIFORM_WORN, uniformWorn, false));
    }

    /** The required items not done yet. */
    public List<String> missing() {
        return checklist().stream().filter(i -> i.required() && !i.done()).map(ChecklistItem::item).toList();
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }
}
