package fazhi.adapter.persistence.training;

import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.Exam;
import fazhi.training.model.ExamDetails;
import fazhi.training.model.ExamResult;
import fazhi.training.port.in.ExamQuery;
import fazhi.training.port.out.ExamRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ExamPersistenceAdapter implements ExamRepository, Listings {

    static final Map<String, Order> SORTS = Map.of("heldOn", Order.unique("ix_training_exams_held", "held_on", "id"));

    private final Exams exams;

    public ExamPersistenceAdapter(Exams exams) {
        this.exams = exams;
    }

    @Override
    public Optional<Exam> find(TownshipCode township, String id) {
        return exams.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(ExamPersistenceAdapter::toDomain);
    }

    @Override
    public Exam save(Exam exam, Stamp stamp) {
        ExamEntity e = exams.findByIdOptional(exam.id()).orElseGet(() -> {
            ExamEntity created = new ExamEntity();
            created.id = exam.id();
            created.township = exam.township().value();
            return created;
        });
        ExamDetails d = exam.details();
        e.year = d.year();
        e.name = d.name();
        e.heldOn = d.heldOn();
        e.passMark = d.passMark();
        e.platform = d.platform();
        e.results.clear();
        for (ExamResult r : exam.results()) {
            ExamResultColumns columns = new ExamResultColumns();
            columns.personId = r.personId();
            columns.studied = r.studied();
            columns.sat = r.sat();
            columns.score = r.score();
            e.results.add(columns);
        }
        e.stamp(stamp);
        exams.persist(e);
        exams.flush();
        return toDomain(e);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("exams", ExamQuery.class, ExamQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    @Override
    public Page<Exam> search(TownshipCode township, ExamQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(exams.getEntityManager(), ExamEntity.class, e -> e.id, page)
                .map(ExamPersistenceAdapter::toDomain);
    }

    ListQuery listQuery(TownshipCode township, ExamQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("training_exams", township.value());
        if (query.year() != null) {
            list.where("exam_year = ?", query.year());
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    static Exam toDomain(ExamEntity e) {
        List<ExamResult> results = e.results.stream()
                .map(r -> new ExamResult(r.personId, r.studied, r.sat, r.score)).toList();
        return new Exam(e.id, TownshipCode.of(e.township), new ExamDetails(e.year, e.name, e.heldOn, e.passMark,
                e.platform), results, e.version, e.created(), e.updated());
    }

    @ApplicationScoped
    static class Exams implements PanacheRepositoryBase<ExamEntity, String> {
    }
}
