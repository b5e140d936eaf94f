package fazhi.contract.model;

import fazhi.shared.model.Township;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number a contract gets when it is registered (合同编号), per township and year: {@code 锦和合〔2025〕第3号}. */
public record ContractNumber(String prefix, int year, int sequence) implements Comparable<ContractNumber> {

    private static final Pattern FORMAT = Pattern.compile("(.+)合〔(\\d{4})〕第(\\d+)号");

    public ContractNumber {
        Objects.requireNonNull(prefix);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    public static ContractNumber of(Township township, int year, int sequence) {
        return new ContractNumber(shortName(township), year, sequence);
    }

    public static ContractNumber parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a contract number: " + text);
        }
        return new ContractNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The township's short name in document numbers: 锦和镇 → 锦和. */
    static String shortName(Township township) {
        String name = township.nameZh().strip();
        for (String suffix : new String[]{"街道办事处", "街道", "镇", "乡"}) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    @Override
    public int compareTo(ContractNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return prefix + "合〔" + year + "〕第" + sequence + "号";
    }
}
