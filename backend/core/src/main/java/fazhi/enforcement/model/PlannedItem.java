package fazhi.enforcement.model;

import java.util.List;

/**
 * An item of the inspection list in a yearly plan, with its schedule: the months (1–12) or the quarter (1–4) in
 * which it is inspected, one of the two.
 */
public record PlannedItem(String itemId, List<Integer> months, Integer quarter) {

    public PlannedItem {
        // a null month is out of range: kept as 0 for the plan's check to name it
        months = months == null ? List.of()
                : months.stream().map(m -> m == null ? 0 : m).distinct().sorted().toList();
    }

    public static PlannedItem inMonths(String itemId, Integer... months) {
        return new PlannedItem(itemId, List.of(months), null);
    }

    public static PlannedItem inQuarter(String itemId, int quarter) {
        return new PlannedItem(itemId, List.of(), quarter);
    }

    /** The schedule as text, for audit: {@code M3,M9} or {@code Q2}. */
    public String schedule() {
        return quarter != null ? "Q" + quarter
                : String.join(",", months.stream().map(m -> "M" + m).toList());
    }
}
