package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An exam's results from the platform's export: columns 姓名 or 人员编号 (the roster id), 参学, 参考 and 成绩 (or name,
 * personId, studied, sat, score). Each line is matched to the roster, by id where given, else by name (a name two
 * people share is ambiguous); a name not on it is an unknown person. The same person twice with the same answers is a
 * duplicate line; with other answers, a second attempt (TRN-02 keeps the best).
 */
public final class ExamResultImport {

    public static final Map<String, List<String>> COLUMNS = columns();

    private ExamResultImport() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("name", List.of("姓名"));
        c.put("personId", List.of("人员编号"));
        c.put("studied", List.of("参学", "是否参学", "学习"));
        c.put("sat", List.of("参考", "是否参考", "考试"));
        c.put("score", List.of("成绩", "分数", "得分"));
        return c;
    }

    public static ImportCheck<ExamResult> check(ImportedTable table, Collection<StaffMember> roster) {
        if (table.rows().size() > ImportedTable.MAX_ROWS) {
            throw new InvalidInput("file", "training.import.tooManyRows", ImportedTable.MAX_ROWS);
        }
        ImportColumns columns = new ImportColumns(table.header(), COLUMNS, Set.of("studied", "sat", "score"),
                Set.of("name", "personId"));
        List<RowError> errors = new ArrayList<>(columns.headerErrors);
        if (!errors.isEmpty()) {
            return new ImportCheck<>(table.rows().size(), List.of(), errors);
        }
        Map<String, StaffMember> byId = new HashMap<>();
        Map<String, List<StaffMember>> byName = new HashMap<>();
        for (StaffMember p : roster) {
            byId.put(p.id(), p);
            byName.computeIfAbsent(p.details().name(), n -> new ArrayList<>()).add(p);
        }
        List<ExamResult> results = new ArrayList<>();
        Map<ExamResult, Integer> seen = new HashMap<>();
        int rows = 0;
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (ImportColumns.blank(row)) {
                continue;
            }
            rows++;
            int line = ImportedTable.line(i);
            List<RowError> lineErrors = new ArrayList<>();
            String person = match(columns, row, line, byId, byName, lineErrors);
            Boolean studied = columns.yesNo(row, "studied", line, lineErrors, false);
            Boolean sat = columns.yesNo(row, "sat", line, lineErrors, false);
            BigDecimal score = columns.number(row, "score", line, lineErrors);
            if (!lineErrors.isEmpty()) {
                errors.addAll(lineErrors);
                continue;
            }
            try {
                ExamResult result = new ExamResult(person, studied, sat, score);
                Integer first = seen.putIfAbsent(result, line);
                if (first != null) {
                    errors.add(RowError.of(line, "", "training.import.duplicate", first));
                } else {
                    results.add(result);
                }
            } catch (InvalidInput invalid) {
                invalid.violations().forEach(v -> errors.add(new RowError(line, columns.column(v.field()),
                        v.messageKey(), v.arguments())));
            }
        }
        return new ImportCheck<>(rows, results, errors);
    }

    private static String match(ImportColumns columns, List<String> row, int line, Map<String, StaffMember> byId,
                                Map<String, List<StaffMember>> byName, List<RowError> errors) {
        String id = columns.text(row, "personId");
        String name = columns.text(row, "name");
        if (id != null) {
            StaffMember p = byId.get(id);
            if (p == null) {
                errors.add(RowError.of(line, columns.column("personId"), "training.import.unknownPerson", id));
                return null;
            }
            if (name != null && !name.equals(p.details().name())) {
                errors.add(RowError.of(line, columns.column("name"), "training.import.nameMismatch", name,
                        p.details().name()));
                return null;
            }
            return p.id();
        }
        if (name == null) {
            errors.add(RowError.of(line, columns.column(columns.has("name") ? "name" : "personId"), "field.required"));
            return null;
        }
        List<StaffMember> named = byName.getOrDefault(name, List.of());
        if (named.isEmpty()) {
            errors.add(RowError.of(line, columns.column("name"), "training.import.unknownPerson", name));
            return null;
        }
        if (named.size() > 1) {
            errors.add(RowError.of(line, columns.column("name"), "training.import.ambiguous", name));
            return null;
        }
        return named.get(0).id();
    }
}
