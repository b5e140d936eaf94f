package fazhi.shared.model;

/** Personal data shown only in part, as is usual for Chinese phone and ID numbers. */
public final class Masking {

    private Masking() {
    }

    /** Keeps the first three and the last four characters: {@code 138****5678}. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
