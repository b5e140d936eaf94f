package fazhi.testing;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.SessionType;
import fazhi.training.model.TrainingSession;
import fazhi.training.port.in.SessionQuery;
import fazhi.training.port.out.SessionFiles;
import fazhi.training.port.out.TrainingSessionRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sessions in memory; they hold no files. */
public final class InMemoryTrainingSessions implements TrainingSessionRepository, SessionFiles {

    private final Map<String, TrainingSession> sessions = new LinkedHashMap<>();

    @Override
    public Optional<TrainingSession> find(TownshipCode township, String id) {
        return Optional.ofNullable(sessions.get(id)).filter(s -> s.township().equals(township));
    }

    @Override
    public TrainingSession save(TrainingSession s, Stamp stamp) {
        TrainingSession stored = new TrainingSession(s.id(), s.township(), s.details(),
                sessions.containsKey(s.id()) ? s.version() + 1 : 0, s.created() == null ? stamp : s.created(),
                stamp);
        sessions.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Page<TrainingSession> search(TownshipCode township, SessionQuery query, PageRequest page) {
        List<TrainingSession> all = sessions.values().stream().filter(s -> s.township().equals(township))
                .filter(s -> query.type() == null || s.details().type() == query.type()).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                all.size());
    }

    @Override
    public long centralGroupStudies(TownshipCode township, int year) {
        return sessions.values().stream().filter(s -> s.township().equals(township))
                .filter(s -> s.details().type() == SessionType.CENTRAL_GROUP_STUDY)
                .filter(s -> s.details().heldOn().getYear() == year).count();
    }

    @Override
    public List<String> of(TownshipCode township, String sessionId) {
        return List.of();
    }
}
