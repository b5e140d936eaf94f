package fazhi.enforcement.model;

import fazhi.shared.model.Money;

import java.time.LocalDate;

/**
 * The execution of the decision (执行): the day it was paid or performed, what was paid, and the late
 * surcharge (加处罚款, ENF-11) included in it; both amounts are null where no fine was due.
 */
public record Execution(LocalDate executedOn, Money amountPaid, Money surcharge) {

    public Execution {
        CaseTexts.date("executedOn", executedOn);
    }
}
