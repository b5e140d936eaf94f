package fazhi.review.model;

import java.time.LocalDate;

/**
 * One consultation of a legal adviser (法律咨询): the day, the subject asked about, the advice given, and
 * optionally the record it concerns (its type and id, both or neither). Validates itself.
 */
public record ConsultationDetails(LocalDate consultedOn, String subject, String advice,
                                  LinkedRecordType linkedRecordType, String linkedRecordId) {

    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_ADVICE_LENGTH = 4000;
    public static final int MAX_LINKED_ID_LENGTH = 100;

    public ConsultationDetails {
        InputCheck check = new InputCheck();
        check.present("consultedOn", consultedOn);
        subject = check.required("subject", subject, MAX_SUBJECT_LENGTH);
        advice = check.required("advice", advice, MAX_ADVICE_LENGTH);
        linkedRecordId = check.optional("linkedRecordId", linkedRecordId, MAX_LINKED_ID_LENGTH);
        boolean blankId = linkedRecordId == null;
        if (linkedRecordType != null && blankId) {
            check.fail("linkedRecordId", "consultation.link.incomplete");
        }
        if (linkedRecordType == null && !blankId) {
            check.fail("linkedRecordType", "consultation.link.incomplete");
        }
        check.done();
    }
}
