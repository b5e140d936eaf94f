package fazhi.enforcement.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a clerk drafts of a yearly enterprise inspection plan: the year, the title, the targets and the planned
 * items with their schedule. Validates itself; whether the items are published items of the township's list is
 * for the use case to check (ENF-14).
 */
public record InspectionPlanDetails(Integer year, String title, PlanTargets targets, List<PlannedItem> items) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_ITEMS = 100;
    public static final int MAX_KINDS = 20;
    public static final int MAX_KIND_LENGTH = 50;
    public static final int MAX_ENTERPRISE_COUNT = 100_000;

    public InspectionPlanDetails {
        InspectionInput check = new InspectionInput();
        check.within("year", check.present("year", year), 2000, 2100);
        title = check.required("title", title, MAX_TITLE_LENGTH);
        targets = targets == null ? PlanTargets.none() : targets;
        List<String> kinds = new ArrayList<>();
        if (targets.enterpriseKinds().size() > MAX_KINDS) {
            check.fail("targets.enterpriseKinds", "inspection.list.tooMany", MAX_KINDS);
        } else {
            for (int i = 0; i < targets.enterpriseKinds().size(); i++) {
                String kind = check.required("targets.enterpriseKinds[" + i + "]", targets.enterpriseKinds().get(i),
                        MAX_KIND_LENGTH);
                if (kind != null) {
                    kinds.add(kind);
                }
            }
        }
        check.within("targets.enterpriseCount", targets.enterpriseCount(), 0, MAX_ENTERPRISE_COUNT);
        targets = new PlanTargets(kinds, targets.enterpriseCount());
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
        if (items.isEmpty()) {
            check.fail("items", "field.required");
        } else if (items.size() > MAX_ITEMS) {
            check.fail("items", "inspection.list.tooMany", MAX_ITEMS);
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                checkItem(check, "items[" + i + "]", items.get(i), seen);
            }
        }
        check.done();
    }

    private static void checkItem(InspectionInput check, String prefix, PlannedItem item, Set<String> seen) {
        if (item == null) {
            check.fail(prefix, "field.required");
            return;
        }
        String itemId = check.required(prefix + ".itemId", item.itemId(), 36);
        if (itemId != null && !seen.add(itemId)) {
            check.fail(prefix + ".itemId", "inspectionPlan.item.duplicate");
        }
        boolean hasMonths = !item.months().isEmpty();
        boolean hasQuarter = item.quarter() != null;
        if (hasMonths == hasQuarter) {
            check.fail(prefix + ".months", "inspectionPlan.schedule.oneOf");
        }
        for (Integer month : item.months()) {
            if (month == null || month < 1 || month > 12) {
                check.fail(prefix + ".months", "field.range", "1", "12");
                break;
            }
        }
        check.within(prefix + ".quarter", item.quarter(), 1, 4);
    }

    public List<String> itemIds() {
        return items.stream().map(PlannedItem::itemId).toList();
    }
}
