package fazhi.review.port.in;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.Consultation;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.LegalAdviser;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

/**
 * The legal advisers (法律顾问) a township engages and the log of their consultations. Every change names the
 * version it was based on (SYS-02) and is audited (SYS-01).
 */
public interface ManagingLegalAdvisers {

    LegalAdviser engage(Actor actor, TownshipCode township, AdviserDetails details);

    LegalAdviser update(Actor actor, TownshipCode township, String id, long expectedVersion, AdviserDetails details);

    LegalAdviser get(Actor actor, TownshipCode township, String id);

    Page<LegalAdviser> list(Actor actor, TownshipCode township, LegalAdviserQuery query, PageRequest page);

    /** Logs a consultation of the adviser, dated within the engagement. */
    Consultation consult(Actor actor, TownshipCode township, String adviserId, ConsultationDetails details);

    Consultation updateConsultation(Actor actor, TownshipCode township, String adviserId, String id,
                                    long expectedVersion, ConsultationDetails details);

    Consultation consultation(Actor actor, TownshipCode township, String adviserId, String id);

    Page<Consultation> consultations(Actor actor, TownshipCode township, String adviserId, ConsultationQuery query,
                                     PageRequest page);
}
