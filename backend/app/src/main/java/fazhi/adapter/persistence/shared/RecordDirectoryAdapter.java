package fazhi.adapter.persistence.shared;

import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.RecordDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Map;

/** The tables that hold each record type of the audit trail; one primary-key read per question. */
@ApplicationScoped
public class RecordDirectoryAdapter implements RecordDirectory {

    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("officer", "officers"),
            Map.entry("enforcement-case", "enforcement_case"),
            Map.entry("enforcement-matter", "enforcement_matter"),
            Map.entry("exam-registration", "exam_registration"),
            Map.entry("inspection", "inspection"),
            Map.entry("inspectionItem", "inspection_item"),
            Map.entry("inspectionPlan", "inspection_plan"),
            Map.entry("legalityReview", "legality_reviews"),
            Map.entry("normative-document", "normative_documents"),
            Map.entry("normative-document-clean-up", "normative_document_clean_ups"),
            Map.entry("major-decision", "major_decisions"),
            Map.entry("legal-adviser", "legal_advisers"),
            Map.entry("contract", "contracts"),
            Map.entry("staff-member", "training_personnel"),
            Map.entry("training-session", "training_sessions"),
            Map.entry("exam", "training_exams"),
            Map.entry("attachment", "attachments"));
    /** When a record of a type is closed or archived: its files are then kept as they are. */
    private static final Map<String, String> CLOSED = Map.of(
            "enforcement-case", "status IN ('CLOSED', 'REVOKED')",
            "normative-document", "status IN ('REPEALED', 'EXPIRED')",
            "contract", "status = 'ARCHIVED'");

    /** Where a record of a type points to its files (?3 is the file's id). */
    private static final Map<String, String> POINTS_TO = Map.of(
            "enforcement-case", "(recorder_footage_file = ?3 OR process_document_files LIKE CONCAT('%', ?3, '%'))",
            "contract", "file_refs LIKE CONCAT('%', ?3, '%')");

    private final EntityManager em;

    public RecordDirectoryAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean knows(String recordType) {
        return TABLES.containsKey(recordType);
    }

    @Override
    public boolean exists(String recordType, TownshipCode township, String id) {
        return holds(recordType, township, id, "TRUE");
    }

    @Override
    public boolean isClosed(String recordType, TownshipCode township, String id) {
        String closed = CLOSED.get(recordType);
        return closed != null && holds(recordType, township, id, closed);
    }

    @Override
    public boolean pointsTo(String recordType, TownshipCode township, String id, String attachmentId) {
        String pointsTo = POINTS_TO.get(recordType);
        return pointsTo != null && holds(recordType, township, id, pointsTo, attachmentId);
    }

    private boolean holds(String recordType, TownshipCode township, String id, String condition,
                          String... more) {
        String table = TABLES.get(recordType);
        if (table == null) {
            throw new IllegalArgumentException("no table holds records of type " + recordType);
        }
        var query = em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = ?1 AND township = ?2 AND "
                + condition).setParameter(1, id).setParameter(2, township.value());
        for (int i = 0; i < more.length; i++) {
            query.setParameter(3 + i, more[i]);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }
}
