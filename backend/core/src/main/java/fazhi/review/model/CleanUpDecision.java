package fazhi.review.model;

import java.util.Objects;

/**
 * A clean-up campaign's decision on one document: keep, amend or repeal, with the reason. The document's number
 * and title are kept as they were when decided, so the campaign reads on its own.
 */
public record CleanUpDecision(String documentId, String documentNumber, String documentTitle,
                              CleanUpVerdict verdict, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public CleanUpDecision {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    /** Checks the verdict and the reason given for a document. */
    public static CleanUpDecision on(NormativeDocument document, CleanUpVerdict verdict, String reason) {
        InputCheck check = new InputCheck();
        check.present("verdict", verdict);
        String why = check.required("reason", reason, MAX_REASON_LENGTH);
        check.done();
        return new CleanUpDecision(document.id(), document.number(), document.draft().title(), verdict, why);
    }
}
