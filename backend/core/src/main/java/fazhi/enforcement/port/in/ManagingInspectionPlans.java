package fazhi.enforcement.port.in;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The township's yearly enterprise inspection plans (涉企行政检查计划): drafted from published items of the list
 * (ENF-14), filed with the county (备案) and published. Every change names the version it was based on (SYS-02).
 */
public interface ManagingInspectionPlans {

    InspectionPlan create(Actor actor, TownshipCode township, InspectionPlanDetails details);

    InspectionPlan update(Actor actor, TownshipCode township, String id, long expectedVersion,
                          InspectionPlanDetails details);

    /** A leader records the county's filing of the plan. */
    InspectionPlan file(Actor actor, TownshipCode township, String id, long expectedVersion, LocalDate filedOn,
                        String filingReference);

    /** A leader publishes the filed plan today. */
    InspectionPlan publish(Actor actor, TownshipCode township, String id, long expectedVersion);

    InspectionPlan get(Actor actor, TownshipCode township, String id);

    Page<InspectionPlan> list(Actor actor, TownshipCode township, InspectionPlanQuery query, PageRequest page);

    /** The published plans, for anyone without login. */
    Page<InspectionPlan> published(TownshipCode township, PageRequest page);

    /**
     * The items the plans name, by id. They are published items of the list (ENF-14), public like the list, so
     * no actor is asked for.
     */
    Map<String, InspectionItem> plannedItems(TownshipCode township, Collection<InspectionPlan> plans);
}
