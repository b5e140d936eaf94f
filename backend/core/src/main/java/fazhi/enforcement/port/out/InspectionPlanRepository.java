package fazhi.enforcement.port.out;

import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where the yearly inspection plans are kept, with their planned items. */
public interface InspectionPlanRepository {

    Optional<InspectionPlan> find(TownshipCode township, String id);

    /** Inserts or updates, stamping the change, and answers the plan as stored, with its new version. */
    InspectionPlan save(InspectionPlan plan, Stamp stamp);

    Page<InspectionPlan> search(TownshipCode township, InspectionPlanQuery query, PageRequest page);
}
