package fazhi.enforcement.model;

import fazhi.shared.model.Township;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a case gets when it is filed (立案编号), per township and year: {@code 锦和执立〔2025〕第3号}.
 */
public record CaseNumber(String prefix, int year, int sequence) implements Comparable<CaseNumber> {

    private static final Pattern FORMAT = Pattern.compile("(.+)执立〔(\\d{4})〕第(\\d+)号");

    public CaseNumber {
        Objects.requireNonNull(prefix);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    public static CaseNumber of(Township township, int year, int sequence) {
        return new CaseNumber(DocumentNumbers.shortName(township), year, sequence);
    }

    public static CaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a case number: " + text);
        }
        return new CaseNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(CaseNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return prefix + "执立〔" + year + "〕第" + sequence + "号";
    }
}
