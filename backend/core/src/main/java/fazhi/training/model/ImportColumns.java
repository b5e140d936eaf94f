package fazhi.training.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an imported file by what they mean: each known by its Chinese header (as the office and the exam
 * platform write it) or its English field name. Reads the header (an unknown, doubled or missing column is a header
 * error) and the cells of a row (yes/no, dates, numbers), collecting errors instead of stopping at the first.
 */
final class ImportColumns {

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> shown = new HashMap<>();
    final List<RowError> headerErrors = new ArrayList<>();

    /** {@code aliases}: field → the headers that name it; {@code required}: fields the file must have. */
    ImportColumns(List<String> header, Map<String, List<String>> aliases, Set<String> required,
                  Set<String> oneOf) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            String field = fieldOf(name, aliases);
            if (field == null) {
                headerErrors.add(RowError.of(1, name, "training.import.header.unknown",
                        String.join("、", aliases.values().stream().map(a -> a.get(0)).toList())));
            } else if (index.containsKey(field)) {
                headerErrors.add(RowError.of(1, name, "training.import.header.twice"));
            } else {
                index.put(field, i);
                shown.put(field, name);
            }
        }
        for (String field : required) {
            if (!index.containsKey(field)) {
                headerErrors.add(RowError.of(1, aliases.get(field).get(0), "training.import.header.missing"));
            }
        }
        if (!oneOf.isEmpty() && oneOf.stream().noneMatch(index::containsKey)) {
            headerErrors.add(RowError.of(1, aliases.get(oneOf.iterator().next()).get(0),
                    "training.import.header.missing"));
        }
    }

    private static String fieldOf(String name, Map<String, List<String>> aliases) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower) || e.getValue().contains(name)) {
                return e.getKey();
            }
        }
        return null;
    }

    boolean has(String field) {
        return index.containsKey(field);
    }

    String column(String field) {
        return shown.getOrDefault(field, field);
    }

    /** The cell's text, stripped; null when empty or absent. */
    String text(List<String> row, String field) {
        Integer i = index.get(field);
        if (i == null || i >= row.size() || row.get(i) == null) {
            return null;
        }
        String value = row.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "已参学", "已参考", "√", "参加");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "未参学", "未参考", "×", "未参加");

    Boolean yesNo(List<String> row, String field, int line, List<RowError> errors, boolean fallback) {
        String value = text(row, field);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (NO.contains(lower)) {
            return false;
        }
        errors.add(RowError.of(line, column(field), "training.import.badYesNo", value));
        return null;
    }

    LocalDate date(List<String> row, String field, int line, List<RowError> errors) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        String[] parts = value.split("[-/.年月日]");
        try {
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
            }
            return LocalDate.parse(value);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            errors.add(RowError.of(line, column(field), "training.import.badDate", value));
            return null;
        }
    }

    BigDecimal number(List<String> row, String field, int line, List<RowError> errors) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0 || number.compareTo(ExamDetails.MAX_SCORE) > 0
                    || number.stripTrailingZeros().scale() > 2) {
                errors.add(RowError.of(line, column(field), "training.import.badNumber", value));
                return null;
            }
            return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(RowError.of(line, column(field), "training.import.badNumber", value));
            return null;
        }
    }
}
