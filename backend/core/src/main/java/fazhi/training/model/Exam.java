package fazhi.training.model;

import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An online law exam (在线学法考试) of the township and its results, imported from the platform's export. */
public final class Exam implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private ExamDetails details;
    private List<ExamResult> results;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public Exam(String id, TownshipCode township, ExamDetails details, List<ExamResult> results, long version,
                Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.results = List.copyOf(results);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    public static Exam create(String id, TownshipCode township, ExamDetails details) {
        return new Exam(id, township, details, List.of(), 0, null, null);
    }

    public void edit(ExamDetails changed) {
        this.details = Objects.requireNonNull(changed);
    }

    /** The results replace those imported before: the platform's export is the whole exam. */
    public void replaceResults(List<ExamResult> imported) {
        this.results = List.copyOf(imported);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public TownshipCode township() {
        return township;
    }

    public ExamDetails details() {
        return details;
    }

    public List<ExamResult> results() {
        return results;
    }

    @Override
    public long version() {
        return version;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }

    @Override
    public Map<String, String> snapshot() {
        Map<String, String> values = details.snapshot();
        values.put("results", Integer.toString(results.size()));
        values.put("resultsSat", Long.toString(results.stream().filter(ExamResult::sat).count()));
        return values;
    }
}
