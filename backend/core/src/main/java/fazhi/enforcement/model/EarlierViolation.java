package fazhi.enforcement.model;

import java.time.LocalDate;

/**
 * A case of the same party in the township with an earlier violation that ended with a penalty or a first
 * violation not penalised (ENF-08): what speaks against 首违不罚.
 */
public record EarlierViolation(String caseId, CaseNumber caseNumber, LocalDate violationDate, OutcomeKind outcome,
                               LocalDate decidedOn) {
}
