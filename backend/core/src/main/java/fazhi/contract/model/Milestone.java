package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A performance milestone (履约节点) of a contract, numbered from 1: a deliverable, an acceptance or a payment, due
 * on a day, with an amount (required for a payment). It is done (with the day, a note and evidence files of the
 * contract) or waived with a reason; a payment milestone is done once its payments reach its amount.
 */
public record Milestone(int number, MilestoneKind kind, String title, LocalDate dueOn, Money amount,
                        MilestoneStatus state, LocalDate doneOn, String note, String waivedReason,
                        List<String> evidenceFiles) {

    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_EVIDENCE_FILES = 20;

    public Milestone {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(title);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(state);
        if (state == MilestoneStatus.OVERDUE) {
            throw new IllegalArgumentException("OVERDUE is computed, never kept");
        }
        evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    }

    /** A milestone as planned: pending. */
    public static Milestone planned(int number, MilestoneKind kind, String title, LocalDate dueOn, Money amount) {
        if (kind == null) {
            throw new InvalidInput("kind", "field.required");
        }
        String what = ContractTexts.required("title", title, MAX_TITLE_LENGTH);
        ContractTexts.date("dueOn", dueOn);
        if (kind == MilestoneKind.PAYMENT && (amount == null || amount.compareTo(Money.ZERO) <= 0)) {
            throw new InvalidInput("amount", "contract.milestone.paymentAmount");
        }
        if (amount != null && amount.compareTo(Money.ZERO) < 0) {
            throw new InvalidInput("amount", "contract.amount.range", ContractDetails.MAX_AMOUNT.grouped());
        }
        return new Milestone(number, kind, what, dueOn, amount, MilestoneStatus.PENDING, null, null, null, List.of());
    }

    /** As of {@code today}: a pending milestone past its due day is OVERDUE (CON-03). */
    public MilestoneStatus statusOn(LocalDate today) {
        return state == MilestoneStatus.PENDING && ExpiryNotice.isOverdue(dueOn, today) ? MilestoneStatus.OVERDUE
                : state;
    }

    public boolean isPending() {
        return state == MilestoneStatus.PENDING;
    }

    public boolean isPayment() {
        return kind == MilestoneKind.PAYMENT;
    }

    Milestone done(LocalDate on, String withNote, List<String> evidence) {
        return new Milestone(number, kind, title, dueOn, amount, MilestoneStatus.DONE, on, withNote, null,
                evidence);
    }

    Milestone waived(LocalDate on, String reason) {
        return new Milestone(number, kind, title, dueOn, amount, MilestoneStatus.WAIVED, on, note, reason,
                evidenceFiles);
    }
}
