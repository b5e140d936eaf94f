package fazhi.training.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;
import fazhi.training.model.Exam;
import fazhi.training.model.ExamDetails;
import fazhi.training.model.ExamRatesPolicy;
import fazhi.training.model.ExamResult;
import fazhi.training.model.ExamResultImport;
import fazhi.training.model.ImportCheck;
import fazhi.training.model.ImportedTable;
import fazhi.training.port.in.ExamOverview;
import fazhi.training.port.in.ExamQuery;
import fazhi.training.port.in.KeepingExams;
import fazhi.training.port.in.RosterQuery;
import fazhi.training.port.out.ExamRepository;
import fazhi.training.port.out.RosterRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

public class ExamService implements KeepingExams {

    public static final String RECORD_TYPE = "exam";

    private final ExamRepository exams;
    private final RosterRepository roster;
    private final Townships townships;
    private final RecordChanges<Exam> changes;

    public ExamService(ExamRepository exams, RosterRepository roster, Townships townships, AuditLog auditLog,
                       Clock clock) {
        this.exams = exams;
        this.roster = roster;
        this.townships = townships;
        this.changes = new RecordChanges<>(RECORD_TYPE, exams::find, exams::save, auditLog, clock);
    }

    @Override
    public ExamOverview create(Actor actor, TownshipCode township, ExamDetails details) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.KEEPERS);
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        Exam saved = exams.save(Exam.create(UUID.randomUUID().toString(), township, details), changes.stamp(actor));
        changes.audit(actor, saved, "exam.created", Map.of());
        return overview(saved);
    }

    @Override
    public ExamOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion,
                             ExamDetails details) {
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        return change(actor, township, id, expectedVersion, "exam.edited", e -> e.edit(details));
    }

    @Override
    public ImportCheck<ExamResult> previewResults(Actor actor, TownshipCode township, String id, ImportedTable file) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.KEEPERS);
        changes.load(township, id);
        if (file == null) {
            throw new InvalidInput("file", "training.import.file.required");
        }
        return ExamResultImport.check(file, roster.all(township, RosterQuery.all()));
    }

    @Override
    public ExamOverview importResults(Actor actor, TownshipCode township, String id, long expectedVersion,
                                      ImportedTable file) {
        List<ExamResult> results = previewResults(actor, township, id, file).orRefuse();
        if (results.isEmpty()) {
            throw new InvalidInput("file", "training.import.empty");
        }
        return change(actor, township, id, expectedVersion, "exam.results-imported", e -> e.replaceResults(results));
    }

    @Override
    public ExamOverview get(Actor actor, TownshipCode township, String id) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return overview(changes.load(township, id));
    }

    @Override
    public Page<ExamOverview> list(Actor actor, TownshipCode township, ExamQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return exams.search(township, query == null ? ExamQuery.all() : query, page).map(this::overview);
    }

    ExamOverview change(Actor actor, TownshipCode township, String id, long expectedVersion, String action,
                        Consumer<Exam> change) {
        return overview(changes.change(actor, township, id, expectedVersion, TrainingRoles.KEEPERS, action, change));
    }

    Exam load(TownshipCode township, String id) {
        return changes.load(township, id);
    }

    /** TRN-02 over the roster active on the exam day. */
    private ExamOverview overview(Exam e) {
        return new ExamOverview(e, ExamRatesPolicy.rates(e.details(), roster.all(e.township(),
                new RosterQuery(null, null, e.details().heldOn(), null, null)), e.results()));
    }
}
