package fazhi.shared.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: 17 digits (area, birth date, sequence) and a check
 * character computed with ISO 7064 MOD 11-2. Personal data: store it encrypted, show it masked.
 */
public record ResidentIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public ResidentIdNumber {
        Objects.requireNonNull(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid identity number");
        }
    }

    /** The number, read from input named {@code field}: a lower-case x is taken as X; a wrong one is refused. */
    public static ResidentIdNumber parse(String field, String input) {
        String value = input == null ? "" : input.strip().toUpperCase();
        if (value.isEmpty()) {
            throw new InvalidInput(field, "field.required");
        }
        if (!SHAPE.matcher(value).matches() || birthDate(value) == null) {
            throw new InvalidInput(field, "idNumber.format");
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidInput(field, "idNumber.checkCharacter");
        }
        return new ResidentIdNumber(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches() && birthDate(value) != null
                && checkCharacter(value) == value.charAt(17);
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String masked() {
        return Masking.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
