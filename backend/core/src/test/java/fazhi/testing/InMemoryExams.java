package fazhi.testing;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.Exam;
import fazhi.training.port.in.ExamQuery;
import fazhi.training.port.out.ExamRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exams in memory. */
public final class InMemoryExams implements ExamRepository {

    private final Map<String, Exam> exams = new LinkedHashMap<>();

    @Override
    public Optional<Exam> find(TownshipCode township, String id) {
        return Optional.ofNullable(exams.get(id)).filter(e -> e.township().equals(township));
    }

    @Override
    public Exam save(Exam e, Stamp stamp) {
        Exam stored = new Exam(e.id(), e.township(), e.details(), e.results(),
                exams.containsKey(e.id()) ? e.version() + 1 : 0, e.created() == null ? stamp : e.created(), stamp);
        exams.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Page<Exam> search(TownshipCode township, ExamQuery query, PageRequest page) {
        List<Exam> all = exams.values().stream().filter(e -> e.township().equals(township)).toList();
        return new Page<>(all, page.page(), page.size(), all.size());
    }
}
