package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The full-process record (全过程记录, ENF-09): the body-recorder footage (执法记录仪) as a reference or as one of
 * the case's files, whether the documents are complete with the case's files that show them, whether the
 * certificates were shown (出示证件) and the uniform worn (着装).
 */
public record ProcessRecord(String recorderFootageRef, String recorderFootageFile, boolean documentsComplete,
                            List<String> documentFiles, boolean certificatesShown, boolean uniformWorn) {

    public static final int MAX_REF_LENGTH = 200;
    /** More documents than a case file holds; bounds what one record points to. */
    public static final int MAX_DOCUMENT_FILES = 20;

    public ProcessRecord {
        recorderFootageRef = CaseTexts.optional("recorderFootageRef", recorderFootageRef, MAX_REF_LENGTH);
        recorderFootageFile = recorderFootageFile == null || recorderFootageFile.isBlank() ? null
                : recorderFootageFile.strip();
        documentFiles = documentFiles == null ? List.of() : List.copyOf(new LinkedHashSet<>(documentFiles));
        if (documentFiles.size() > MAX_DOCUMENT_FILES) {
            throw new InvalidInput("documentFiles", "processRecord.tooManyFiles", MAX_DOCUMENT_FILES);
        }
    }

    /** A record that points to no file. */
    public ProcessRecord(String recorderFootageRef, boolean documentsComplete, boolean certificatesShown,
                         boolean uniformWorn) {
        this(recorderFootageRef, null, documentsComplete, List.of(), certificatesShown, uniformWorn);
    }

    public static ProcessRecord empty() {
        return new ProcessRecord(null, false, false, false);
    }

    /** What ENF-09 asks before a case closes, each item done or not; the uniform is recorded, not required. */
    public List<ChecklistItem> checklist() {
        return List.of(
                new ChecklistItem(ChecklistItem.RECORDER_FOOTAGE,
                        recorderFootageRef != null || recorderFootageFile != null, true),
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

    /** ENF-09: a case closes only with its record complete. */
    public void requireComplete() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.ENF_09, "enf09.processRecordIncomplete", String.join(", ", missing));
        }
    }

    /** ENF-09: the record points only to files the case holds, each named by the field that points to it. */
    void requireFilesOf(Set<String> filesOfTheCase) {
        List<InvalidInput.FieldViolation> unknown = new ArrayList<>();
        if (recorderFootageFile != null && !filesOfTheCase.contains(recorderFootageFile)) {
            unknown.add(new InvalidInput.FieldViolation("recorderFootageFile",
                    "processRecord.notAFileOfTheCase", List.of(recorderFootageFile)));
        }
        for (String file : documentFiles) {
            if (!filesOfTheCase.contains(file)) {
                unknown.add(new InvalidInput.FieldViolation("documentFiles",
                        "processRecord.notAFileOfTheCase", List.of(file)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
    }
}
