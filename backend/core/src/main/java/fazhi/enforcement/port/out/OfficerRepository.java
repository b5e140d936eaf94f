package fazhi.enforcement.port.out;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.Optional;

/** Where officers are kept. */
public interface OfficerRepository {

    Optional<Officer> find(TownshipCode township, String id);

    /** Whether another officer of the township holds this certificate number. */
    boolean certificateNumberTaken(TownshipCode township, String number, String exceptOfficerId);

    /**
     * Inserts or updates, stamping the change, and answers the officer as stored, with its new version.
     */
    Officer save(Officer officer, Stamp stamp);

    /** {@code today} anchors the "expiring within" filter. */
    Page<Officer> search(TownshipCode township, OfficerQuery query, PageRequest page, LocalDate today);
}
