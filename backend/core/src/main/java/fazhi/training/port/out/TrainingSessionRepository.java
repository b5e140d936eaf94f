package fazhi.training.port.out;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.TrainingSession;
import fazhi.training.port.in.SessionQuery;

import java.util.Optional;

/** Where the township's sessions are kept. */
public interface TrainingSessionRepository {

    Optional<TrainingSession> find(TownshipCode township, String id);

    TrainingSession save(TrainingSession session, Stamp stamp);

    Page<TrainingSession> search(TownshipCode township, SessionQuery query, PageRequest page);

    /** TRN-01: the central group studies held in the year (counted by the database). */
    long centralGroupStudies(TownshipCode township, int year);
}
