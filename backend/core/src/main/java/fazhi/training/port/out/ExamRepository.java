package fazhi.training.port.out;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.Exam;
import fazhi.training.port.in.ExamQuery;

import java.util.Optional;

/** Where the township's exams and their results are kept. */
public interface ExamRepository {

    Optional<Exam> find(TownshipCode township, String id);

    Exam save(Exam exam, Stamp stamp);

    Page<Exam> search(TownshipCode township, ExamQuery query, PageRequest page);
}
