package fazhi.training.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.ExamDetails;

/**
 * The township's online law exams (在线学法考试) and TRN-02's rates. Staff and leaders keep them; every role of the
 * township reads them.
 */
public interface KeepingExams {

    ExamOverview create(Actor actor, TownshipCode township, ExamDetails details);

    ExamOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion, ExamDetails details);

    ExamOverview get(Actor actor, TownshipCode township, String id);

    Page<ExamOverview> list(Actor actor, TownshipCode township, ExamQuery query, PageRequest page);
}
