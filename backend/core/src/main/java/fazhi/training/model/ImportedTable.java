package fazhi.training.model;

import java.util.List;

/**
 * A file to import as its cells read: the header row and the rows under it, as text (a date as 2025-06-30, a number
 * as digits). Row {@code i} is line {@code i + 2} of the file, as a person sees it in Excel.
 */
public record ImportedTable(List<String> header, List<List<String>> rows) {

    public static final int MAX_ROWS = 5_000;

    public ImportedTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static int line(int rowIndex) {
        return rowIndex + 2;
    }
}
