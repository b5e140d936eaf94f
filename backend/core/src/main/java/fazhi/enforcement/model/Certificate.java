package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrative enforcement certificate (行政执法证): its number is unique in the township, and it is
 * valid from its issue date to its expiry date, both included.
 */
public record Certificate(String number, LocalDate issuedOn, LocalDate expiresOn) {

    public static final int MAX_NUMBER_LENGTH = 40;

    public Certificate {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        number = number == null ? null : number.strip();
        if (number == null || number.isEmpty()) {
            violations.add(new InvalidInput.FieldViolation("certificate.number", "field.required", List.of()));
        } else if (number.length() > MAX_NUMBER_LENGTH) {
            violations.add(new InvalidInput.FieldViolation("certificate.number", "field.tooLong",
                    List.of(MAX_NUMBER_LENGTH)));
        }
        if (issuedOn == null) {
            violations.add(new InvalidInput.FieldViolation("certificate.issuedOn", "field.required", List.of()));
        }
        if (expiresOn == null) {
            violations.add(new InvalidInput.FieldViolation("certificate.expiresOn", "field.required", List.of()));
        }
        if (issuedOn != null && expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            violations.add(new InvalidInput.FieldViolation("certificate.expiresOn", "certificate.expiresBeforeIssue",
                    List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** ENF-02 asks this for the date of each action. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(issuedOn) && !date.isAfter(expiresOn);
    }

    /** Still valid on {@code today} but no longer {@code days} later. */
    public boolean expiresWithin(LocalDate today, int days) {
        return isValidOn(today) && expiresOn.isBefore(today.plusDays(days));
    }
}
