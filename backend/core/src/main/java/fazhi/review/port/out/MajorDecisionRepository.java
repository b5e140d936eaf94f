package fazhi.review.port.out;

import fazhi.review.model.MajorDecision;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where major decisions are kept, with their procedure steps. */
public interface MajorDecisionRepository {

    Optional<MajorDecision> find(TownshipCode township, String id);

    /** Whether another decision of the township holds this number in the year's catalogue. */
    boolean catalogueNumberTaken(TownshipCode township, int year, int catalogueNumber, String exceptDecisionId);

    MajorDecision save(MajorDecision decision, Stamp stamp);

    Page<MajorDecision> search(TownshipCode township, MajorDecisionQuery query, PageRequest page);
}
