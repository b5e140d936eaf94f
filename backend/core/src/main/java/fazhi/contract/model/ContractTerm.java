package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;

/** The term of a contract (合同期限): the first and the last day it runs, both included. */
public record ContractTerm(LocalDate startOn, LocalDate endOn) {

    public ContractTerm {
        ContractTexts.date("term.startOn", startOn);
        ContractTexts.date("term.endOn", endOn);
        if (endOn.isBefore(startOn)) {
            throw new InvalidInput("term.endOn", "contract.term.endBeforeStart", startOn.toString());
        }
    }
}
