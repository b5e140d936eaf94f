package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a clerk registers or edits of an officer; validates itself. */
public record OfficerDetails(String name, Department department, String phone, Certificate certificate) {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_PHONE_LENGTH = 20;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    public OfficerDetails {
        name = name == null ? null : name.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            violations.add(new InvalidInput.FieldViolation("name", "field.required", List.of()));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(new InvalidInput.FieldViolation("name", "field.tooLong", List.of(MAX_NAME_LENGTH)));
        }
        if (department == null) {
            violations.add(new InvalidInput.FieldViolation("department", "field.required", List.of()));
        }
        if (phone != null && (phone.length() > MAX_PHONE_LENGTH || !PHONE.matcher(phone).matches())) {
            violations.add(new InvalidInput.FieldViolation("phone", "officer.phone.format", List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
