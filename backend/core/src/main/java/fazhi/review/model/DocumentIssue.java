package fazhi.review.model;

import java.time.LocalDate;

/**
 * How a reviewed document is issued (印发): its number (文号, e.g. 锦政发〔2025〕3号, unique in the township), the
 * issue date, the date it takes effect (not before the issue date) and optionally the last day of its validity
 * (the longest LR-06 allows when not given). Validates itself.
 */
public record DocumentIssue(String number, LocalDate issuedOn, LocalDate effectiveOn, LocalDate validUntil) {

    public static final int MAX_NUMBER_LENGTH = 50;

    public DocumentIssue {
        InputCheck check = new InputCheck();
        number = check.required("number", number, MAX_NUMBER_LENGTH);
        check.present("issuedOn", issuedOn);
        check.present("effectiveOn", effectiveOn);
        check.notBefore("effectiveOn", effectiveOn, issuedOn, "document.effectiveOn.beforeIssue");
        check.done();
    }
}
