package fazhi.enforcement.model;

import java.time.LocalDate;

/** The delivery of the decision (送达, ENF-10): when, how, and why late when it was. */
public record Delivery(LocalDate deliveredOn, String method, String lateReason) {

    public static final int MAX_METHOD_LENGTH = 100;
    public static final int MAX_REASON_LENGTH = 500;

    public Delivery {
        CaseTexts.date("deliveredOn", deliveredOn);
        method = CaseTexts.optional("method", method, MAX_METHOD_LENGTH);
        lateReason = CaseTexts.optional("lateReason", lateReason, MAX_REASON_LENGTH);
    }
}
