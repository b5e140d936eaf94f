package fazhi.shared.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a township (乡镇), e.g. {@code jinhe} for 锦和镇. Every record belongs to exactly one.
 */
public record TownshipCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    /**
     * Not a township: the key of the audit chain of county-wide records (the holiday calendar), read and
     * verified by county auditors ({@code *}).
     */
    public static final TownshipCode COUNTY = new TownshipCode("county");

    public TownshipCode {
        Objects.requireNonNull(value, "township code");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInput("township", "township.code.format");
        }
    }

    public static TownshipCode of(String value) {
        return new TownshipCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
