package fazhi.training.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.ExamDetails;
import fazhi.training.model.ExamResult;
import fazhi.training.model.ImportCheck;
import fazhi.training.model.ImportedTable;

/**
 * The township's online law exams (在线学法考试) and TRN-02's rates. Staff and leaders keep them; every role of the
 * township reads them.
 */
public interface KeepingExams {

    ExamOverview create(Actor actor, TownshipCode township, ExamDetails details);

    ExamOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion, ExamDetails details);

    /** Reads the platform's export and matches each line to the roster, listing every line's error; writes nothing. */
    ImportCheck<ExamResult> previewResults(Actor actor, TownshipCode township, String id, ImportedTable file);

    /** The file's results replace the exam's, or, when any line is wrong, nothing changes (refused whole). */
    ExamOverview importResults(Actor actor, TownshipCode township, String id, long expectedVersion,
                               ImportedTable file);

    ExamOverview get(Actor actor, TownshipCode township, String id);

    Page<ExamOverview> list(Actor actor, TownshipCode township, ExamQuery query, PageRequest page);
}
