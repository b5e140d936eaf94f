package fazhi.enforcement.port.out;

import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.port.in.ExamRegistrationQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where certificate-exam registrations are kept. */
public interface ExamRegistrationRepository {

    Optional<ExamRegistration> find(TownshipCode township, String id);

    /** Inserts or updates, stamping the change, and answers the registration as stored, with its new version. */
    ExamRegistration save(ExamRegistration registration, Stamp stamp);

    Page<ExamRegistration> search(TownshipCode township, ExamRegistrationQuery query, PageRequest page);
}
