package fazhi.enforcement.model;

import fazhi.shared.model.Township;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a penalty decision (行政处罚决定书文号), per township and year of the decision, restarting at
 * 第1号 each year: {@code 锦和罚决字〔2025〕第7号}.
 */
public record DecisionNumber(String prefix, int year, int sequence) implements Comparable<DecisionNumber> {

    private static final Pattern FORMAT = Pattern.compile("(.+)罚决字〔(\\d{4})〕第(\\d+)号");

    public DecisionNumber {
        Objects.requireNonNull(prefix);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    public static DecisionNumber of(Township township, int year, int sequence) {
        return new DecisionNumber(DocumentNumbers.shortName(township), year, sequence);
    }

    public static DecisionNumber parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a decision number: " + text);
        }
        return new DecisionNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(DecisionNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return prefix + "罚决字〔" + year + "〕第" + sequence + "号";
    }
}
