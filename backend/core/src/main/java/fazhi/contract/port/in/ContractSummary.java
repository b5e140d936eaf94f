package fazhi.contract.port.in;

import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractNumber;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractTerm;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.CounterpartyKind;
import fazhi.contract.model.Majority;
import fazhi.contract.model.Performance;
import fazhi.shared.model.Money;

import java.time.LocalDate;

/**
 * A contract as the ledger lists it: no personal data beyond the counterparty's name; whether it is major (CON-01),
 * what was paid, and the CON-03 marks as of today (ending within the notice days, expired, overdue milestones).
 */
public record ContractSummary(String id, ContractNumber number, String title, ContractType type,
                              ContractStatus status, CounterpartyKind counterpartyKind, String counterpartyName,
                              Money amount, ContractTerm term, Majority majority, LocalDate signedOn,
                              Performance performance, long version) {

    public static ContractSummary of(Contract c, ContractSettings settings, LocalDate today) {
        return new ContractSummary(c.id(), c.number(), c.details().title(), c.details().type(), c.status(),
                c.details().counterparty().kind(), c.details().counterparty().name(), c.details().amount(),
                c.details().term(), c.majority(settings), c.signing() == null ? null : c.signing().signedOn(),
                Performance.of(c, today, settings.expiryNoticeDays()), c.version());
    }
}
