package fazhi.review.model;

import fazhi.shared.model.InvalidInput;

import java.util.List;

/**
 * The legal reviewer's opinion (审查意见) on one round: 通过, 修改后通过 with the changes required, or 不通过
 * with the reasons. {@code earlyReason} records why a normative document is answered before its fifth working
 * day (LR-01); null when the opinion is not early.
 */
public sealed interface ReviewOpinion {

    int MAX_ITEMS = 50;
    int MAX_ITEM_LENGTH = 1000;
    int MAX_EARLY_REASON_LENGTH = 500;

    ReviewOutcome outcome();

    String earlyReason();

    /** 通过 */
    record Approved(String earlyReason) implements ReviewOpinion {

        public Approved {
            earlyReason = strippedEarlyReason(earlyReason);
        }

        public Approved() {
            this(null);
        }

        @Override
        public ReviewOutcome outcome() {
            return ReviewOutcome.APPROVED;
        }
    }

    /** 修改后通过: passed, provided the listed changes are made. */
    record ApprovedWithChanges(List<String> requiredChanges, String earlyReason) implements ReviewOpinion {

        public ApprovedWithChanges {
            requiredChanges = items("requiredChanges", requiredChanges);
            earlyReason = strippedEarlyReason(earlyReason);
        }

        public ApprovedWithChanges(List<String> requiredChanges) {
            this(requiredChanges, null);
        }

        @Override
        public ReviewOutcome outcome() {
            return ReviewOutcome.APPROVED_WITH_CHANGES;
        }
    }

    /** 不通过, with the reasons: blocks the subject until a new round passes (LR-05). */
    record Rejected(List<String> reasons, String earlyReason) implements ReviewOpinion {

        public Rejected {
            reasons = items("reasons", reasons);
            earlyReason = strippedEarlyReason(earlyReason);
        }

        public Rejected(List<String> reasons) {
            this(reasons, null);
        }

        @Override
        public ReviewOutcome outcome() {
            return ReviewOutcome.REJECTED;
        }
    }

    /** The listed items of an opinion: at least one, none blank, each stripped. */
    private static List<String> items(String field, List<String> items) {
        return ReviewTexts.items(field, items, MAX_ITEMS, MAX_ITEM_LENGTH, true);
    }

    private static String strippedEarlyReason(String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            return null;
        }
        if (why.length() > MAX_EARLY_REASON_LENGTH) {
            throw new InvalidInput("earlyReason", "field.tooLong", MAX_EARLY_REASON_LENGTH);
        }
        return why;
    }
}
