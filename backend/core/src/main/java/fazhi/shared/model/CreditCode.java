package fazhi.shared.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, S, V, Z), the last a check character computed modulo 31.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    public CreditCode {
        Objects.requireNonNull(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid unified social credit code");
        }
    }

    /** The code, read from input named {@code field} (upper-cased); a wrong one is refused. */
    public static CreditCode parse(String field, String input) {
        String value = input == null ? "" : input.strip().toUpperCase();
        if (value.isEmpty()) {
            throw new InvalidInput(field, "field.required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInput(field, "creditCode.format");
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidInput(field, "creditCode.checkCharacter");
        }
        return new CreditCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches() && checkCharacter(value) == value.charAt(17);
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
