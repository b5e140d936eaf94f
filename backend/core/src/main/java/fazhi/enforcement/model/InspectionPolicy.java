package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * ENF-14 (清单之外无检查): an enterprise inspection cites an item of the published list, and one enterprise is
 * inspected at most {@code perEnterprise} times a calendar year in a township (the township's setting, 2 by
 * default), and no more often under one item than the item's own yearly cap; beyond a
 * cap only a case-triggered inspection that a leader explicitly approves.
 */
public record InspectionPolicy(int perEnterprise) {

    public static final int DEFAULT = 2;

    public InspectionPolicy {
        if (perEnterprise < 1) {
            throw new IllegalArgumentException("the yearly cap is at least 1");
        }
    }

    /**
     * Whether one more inspection of {@code enterprise} goes beyond a cap, given the ones already counted; beyond
     * a cap it is refused, naming the count and the cap, unless it is case-triggered and {@code leaderException}.
     *
     * @return true when it goes beyond a cap by the leader's exception
     */
    public boolean allowOneMore(Enterprise enterprise, YearlyInspections counted, InspectedItem item, int itemCap,
                                InspectionReason reason, boolean leaderException) {
        boolean overall = counted.total() >= perEnterprise;
        boolean underItem = counted.ofItem() >= itemCap;
        if (!overall && !underItem) {
            return false;
        }
        if (reason == InspectionReason.CASE_TRIGGERED && leaderException) {
            return true;
        }
        String year = Integer.toString(counted.year());
        if (overall) {
            throw new RuleViolation(Rule.ENF_14, "enf14.yearlyCap", enterprise.name(), year, counted.total(),
                    perEnterprise);
        }
        throw new RuleViolation(Rule.ENF_14, "enf14.itemYearlyCap", enterprise.name(), year, item.code(),
                counted.ofItem(), itemCap);
    }

    /** An inspection on {@code date} cites an item published by then. */
    public static void requireListed(InspectionItem item, LocalDate date) {
        if (!item.published()) {
            throw new RuleViolation(Rule.ENF_14, "enf14.itemNotPublished", item.details().code(),
                    item.details().name());
        }
        if (item.publishedOn().isAfter(date)) {
            throw new RuleViolation(Rule.ENF_14, "enf14.itemPublishedLater", item.details().code(),
                    item.publishedOn().toString(), date.toString());
        }
    }

    /** A yearly plan draws only on published items. */
    public static void requirePlannable(InspectionItem item) {
        if (!item.published()) {
            throw new RuleViolation(Rule.ENF_14, "enf14.planItemNotPublished", item.details().code(),
                    item.details().name());
        }
    }

    /** A leader's exception to the cap is for a case-triggered inspection only. */
    public static void requireExceptionCaseTriggered(InspectionReason reason) {
        if (reason != InspectionReason.CASE_TRIGGERED) {
            throw new RuleViolation(Rule.ENF_14, "enf14.exceptionOnlyCaseTriggered");
        }
    }
}
