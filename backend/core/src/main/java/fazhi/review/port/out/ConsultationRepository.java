package fazhi.review.port.out;

import fazhi.review.model.Consultation;
import fazhi.review.port.in.ConsultationQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where the legal advisers' consultations are kept. */
public interface ConsultationRepository {

    Optional<Consultation> find(TownshipCode township, String adviserId, String id);

    Consultation save(Consultation consultation, Stamp stamp);

    Page<Consultation> search(TownshipCode township, String adviserId, ConsultationQuery query, PageRequest page);
}
