package fazhi.review.port.in;

import fazhi.shared.model.InvalidInput;

/** The free-text filter {@code q} of the governance lists: stripped, null when blank, at most 100 characters. */
final class QueryText {

    static final int MAX_LENGTH = 100;

    private QueryText() {
    }

    static String of(String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", MAX_LENGTH);
        }
        return value;
    }

    static void year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", "2000", "2100");
        }
    }
}
