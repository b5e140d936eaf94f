package fazhi.enforcement.port.in;

import fazhi.enforcement.model.ExamRegistrationDetails;
import fazhi.enforcement.model.ExamStatus;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the exam registrations list; null means "any". {@code year} is the exam year; {@code officerId}
 * keeps the registrations of one officer (the officer page shows them).
 */
public record ExamRegistrationQuery(Integer year, ExamStatus status, String officerId) {

    public static final Set<String> SORTABLE = Set.of("personName", "examDate", "registeredOn", "createdAt");
    public static final String DEFAULT_SORT = "registeredOn,desc";
    public static final int MAX_ID_LENGTH = 36;

    public ExamRegistrationQuery {
        if (year != null && (year < ExamRegistrationDetails.MIN_YEAR || year > ExamRegistrationDetails.MAX_YEAR)) {
            throw new InvalidInput("year", "field.range", String.valueOf(ExamRegistrationDetails.MIN_YEAR),
                    String.valueOf(ExamRegistrationDetails.MAX_YEAR));
        }
        officerId = officerId == null || officerId.isBlank() ? null : officerId.strip();
        if (officerId != null && officerId.length() > MAX_ID_LENGTH) {
            throw new InvalidInput("officerId", "field.tooLong", MAX_ID_LENGTH);
        }
    }

    public static ExamRegistrationQuery all() {
        return new ExamRegistrationQuery(null, null, null);
    }
}
