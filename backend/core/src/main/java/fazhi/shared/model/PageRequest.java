package fazhi.shared.model;

import java.util.Set;

/**
 * Which page of a list, in which order. The sort field must be one the list offers.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 200;
    /**
     * How deep a list may be paged: OFFSET paging reads every row before the page, so beyond this many rows a
     * narrower filter or another sort finds the record sooner and cheaper.
     */
    public static final int MAX_DEPTH = 10_000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInput("page", "page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "page.size", MAX_SIZE);
        }
        if ((long) page * size + size > MAX_DEPTH) {
            throw new InvalidInput("page", "page.tooDeep", MAX_DEPTH);
        }
    }

    /**
     * Parses {@code field,asc|desc} against the fields the list can sort by.
     */
    public static PageRequest of(int page, int size, String sort, Set<String> sortable, String defaultSort) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = spec.split(",", -1);
        String field = parts[0].trim();
        if (!sortable.contains(field) || parts.length > 2) {
            throw new InvalidInput("sort", "page.sort", String.join(", ", sortable.stream().sorted().toList()));
        }
        boolean ascending = true;
        if (parts.length == 2) {
            String direction = parts[1].trim().toLowerCase();
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidInput("sort", "page.sort.direction");
            }
            ascending = direction.equals("asc");
        }
        return new PageRequest(page, size, field, ascending);
    }

    public int offset() {
        return page * size;
    }
}
