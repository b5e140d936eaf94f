package fazhi.contract.model;

import fazhi.shared.model.Money;

import java.time.LocalDate;
import java.util.Objects;

/** A payment (付款) made under a contract against one of its payment milestones, numbered from 1. */
public record Payment(int number, int milestoneNumber, LocalDate paidOn, Money amount, String voucher,
                      String recordedBy) {

    public static final int MAX_VOUCHER_LENGTH = 100;

    public Payment {
        Objects.requireNonNull(paidOn);
        Objects.requireNonNull(amount);
        voucher = ContractTexts.optional("voucher", voucher, MAX_VOUCHER_LENGTH);
    }
}
