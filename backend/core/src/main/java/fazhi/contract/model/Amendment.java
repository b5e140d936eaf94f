package fazhi.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An amendment (补充协议) of a signed contract, numbered from 1: what it changes ({@code reason}) and the parties,
 * amount and dates as they are to be ({@code terms}). It is reviewed like a contract (LR-03, when the amended
 * contract is major, CON-01), approved by a leader and, once signed, changes the contract (CON-02).
 */
public record Amendment(int number, String title, String reason, AmendmentTerms terms, AmendmentStatus status,
                        LocalDate proposedOn, LocalDate reviewSubmittedOn, Approval approval, Signing signing) {

    public static final int MAX_TITLE_LENGTH = 150;
    public static final int MAX_REASON_LENGTH = 2000;

    public Amendment {
        Objects.requireNonNull(title);
        Objects.requireNonNull(terms);
        Objects.requireNonNull(status);
        Objects.requireNonNull(proposedOn);
    }

    public boolean reviewAsked() {
        return reviewSubmittedOn != null;
    }

    Amendment submitted(LocalDate on) {
        return new Amendment(number, title, reason, terms, AmendmentStatus.IN_REVIEW, proposedOn, on, approval,
                signing);
    }

    Amendment approved(Approval given) {
        return new Amendment(number, title, reason, terms, AmendmentStatus.APPROVED, proposedOn, reviewSubmittedOn,
                given, signing);
    }

    Amendment signed(Signing given) {
        return new Amendment(number, title, reason, terms, AmendmentStatus.SIGNED, proposedOn, reviewSubmittedOn,
                approval, given);
    }
}
