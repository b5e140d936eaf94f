package fazhi.enforcement.port.out;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.YearlyInspections;
import fazhi.enforcement.port.in.InspectionQuery;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where enterprise inspections are kept, with their officers. */
public interface InspectionRepository {

    Optional<Inspection> find(TownshipCode township, String id);

    /** Inserts or updates, stamping the change, and answers the inspection as stored, with its new version. */
    Inspection save(Inspection inspection, Stamp stamp);

    Page<Inspection> search(TownshipCode township, InspectionQuery query, PageRequest page);

    /**
     * ENF-14: the township's inspections of the enterprise that count towards the cap (approved, notified or
     * done) on a day of {@code year}, in all and under {@code itemId}, leaving out {@code exceptId}.
     */
    YearlyInspections countInYear(TownshipCode township, CreditCode enterprise, int year, String itemId,
                                  String exceptId);
}
