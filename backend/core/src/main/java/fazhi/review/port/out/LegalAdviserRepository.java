package fazhi.review.port.out;

import fazhi.review.model.LegalAdviser;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where legal advisers are kept. */
public interface LegalAdviserRepository {

    Optional<LegalAdviser> find(TownshipCode township, String id);

    LegalAdviser save(LegalAdviser adviser, Stamp stamp);

    Page<LegalAdviser> search(TownshipCode township, LegalAdviserQuery query, PageRequest page);
}
