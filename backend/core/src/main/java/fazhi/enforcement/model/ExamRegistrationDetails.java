package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who registered for which year's certificate exam, when, and the day of the exam; validates itself. The exam of
 * a year may be held early in the next one, never earlier than its year; registration comes before the exam.
 */
public record ExamRegistrationDetails(String personName, Department department, Integer examYear,
                                      LocalDate examDate, LocalDate registeredOn) {

    public static final int MAX_NAME_LENGTH = OfficerDetails.MAX_NAME_LENGTH;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public ExamRegistrationDetails {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        personName = personName == null ? null : personName.strip();
        if (personName == null || personName.isEmpty()) {
            violations.add(violation("personName", "field.required"));
        } else if (personName.length() > MAX_NAME_LENGTH) {
            violations.add(violation("personName", "field.tooLong", MAX_NAME_LENGTH));
        }
        if (department == null) {
            violations.add(violation("department", "field.required"));
        }
        if (examYear == null) {
            violations.add(violation("examYear", "field.required"));
        } else if (examYear < MIN_YEAR || examYear > MAX_YEAR) {
            violations.add(violation("examYear", "field.range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
        }
        if (examDate == null) {
            violations.add(violation("examDate", "field.required"));
        } else if (examYear != null && examDate.getYear() != examYear && examDate.getYear() != examYear + 1) {
            violations.add(violation("examDate", "exam.examDate.year", String.valueOf(examYear)));
        }
        if (registeredOn == null) {
            violations.add(violation("registeredOn", "field.required"));
        } else if (examDate != null && registeredOn.isAfter(examDate)) {
            violations.add(violation("registeredOn", "exam.registeredOn.afterExam", examDate.toString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... arguments) {
        return new InvalidInput.FieldViolation(field, key, List.of(arguments));
    }
}
