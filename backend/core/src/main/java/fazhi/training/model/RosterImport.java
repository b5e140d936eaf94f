package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roster from a file (干部职工名册导入): columns 姓名, 职务, 部门, 领导干部, 村干部, 在岗日期, 离岗日期 (or name, post,
 * department, leadingCadre, villageCadre, activeFrom, activeTo); 姓名 and 在岗日期 are required. A line that names a
 * person twice in the file, or a person already on the roster (same name and department), is a duplicate.
 */
public final class RosterImport {

    /** The columns, by field, with the headers that name them (the first is shown in messages). */
    public static final Map<String, List<String>> COLUMNS = columns();

    private RosterImport() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("name", List.of("姓名"));
        c.put("post", List.of("职务"));
        c.put("department", List.of("部门", "所在部门"));
        c.put("leadingCadre", List.of("领导干部", "是否领导干部"));
        c.put("villageCadre", List.of("村干部", "是否村干部"));
        c.put("activeFrom", List.of("在岗日期", "入职日期"));
        c.put("activeTo", List.of("离岗日期"));
        return c;
    }

    /** {@code onTheRoster}: the keys ({@link #key}) of the people already on the township's roster. */
    public static ImportCheck<StaffMemberDetails> check(ImportedTable table, Set<String> onTheRoster) {
        if (table.rows().size() > ImportedTable.MAX_ROWS) {
            throw new InvalidInput("file", "training.import.tooManyRows", ImportedTable.MAX_ROWS);
        }
        ImportColumns columns = new ImportColumns(table.header(), COLUMNS, Set.of("name", "activeFrom"), Set.of());
        List<RowError> errors = new ArrayList<>(columns.headerErrors);
        List<StaffMemberDetails> people = new ArrayList<>();
        if (!errors.isEmpty()) {
            return new ImportCheck<>(table.rows().size(), List.of(), errors);
        }
        Map<String, Integer> seen = new HashMap<>();
        int rows = 0;
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (ImportColumns.blank(row)) {
                continue;
            }
            rows++;
            int line = ImportedTable.line(i);
            List<RowError> lineErrors = new ArrayList<>();
            String name = columns.text(row, "name");
            String department = columns.text(row, "department");
            Boolean leading = columns.yesNo(row, "leadingCadre", line, lineErrors, false);
            Boolean village = columns.yesNo(row, "villageCadre", line, lineErrors, false);
            LocalDate from = columns.date(row, "activeFrom", line, lineErrors);
            LocalDate to = columns.date(row, "activeTo", line, lineErrors);
            if (name != null) {
                String key = key(name, department);
                Integer first = seen.putIfAbsent(key, line);
                if (first != null) {
                    lineErrors.add(RowError.of(line, "", "training.import.duplicate", first));
                } else if (onTheRoster.contains(key)) {
                    lineErrors.add(RowError.of(line, columns.column("name"), "training.import.onTheRoster", name));
                }
            }
            StaffMemberDetails details = null;
            if (lineErrors.isEmpty()) {
                try {
                    details = new StaffMemberDetails(name, columns.text(row, "post"), department, leading, village,
                            from, to);
                } catch (InvalidInput invalid) {
                    invalid.violations().forEach(v -> lineErrors.add(new RowError(line,
                            columns.column(v.field()), v.messageKey(), v.arguments())));
                }
            }
            errors.addAll(lineErrors);
            if (details != null) {
                people.add(details);
            }
        }
        return new ImportCheck<>(rows, people, errors);
    }

    /** Who a line is: the name and department. */
    public static String key(String name, String department) {
        return name.strip() + "\u0000" + (department == null ? "" : department.strip());
    }
}
