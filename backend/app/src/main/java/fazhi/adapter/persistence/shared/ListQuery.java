package fazhi.adapter.persistence.shared;

import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one list pattern of the persistence adapters, so that a list stays fast as its table grows:
 * <ul>
 *     <li>one page of ids first, read in index order: every sort column and the tie-breaker {@code id} run in one
 *     direction, so an index on (township, sort columns…) serves the order with no filesort (InnoDB appends the
 *     primary key to every non-unique secondary index; an index that carries filter columns after the sort
 *     columns names {@code id} before them, or sorts by columns unique in a township); then the page's rows by
 *     id (a deferred join: 20 rows, not the township's);</li>
 *     <li>a total that counts no further than {@link #LOOKAHEAD_PAGES} pages past the one asked for, and never
 *     past {@link #COUNT_BOUND} rows: exact below that, "at least" above (the list's first page counts at most
 *     220 rows of 20 a page, not the township's);</li>
 *     <li>no page deeper than {@link PageRequest#MAX_DEPTH} rows (the request refuses it).</li>
 * </ul>
 * Conditions are SQL over the table's columns with {@code ?} placeholders. {@code ListQueryPlanTest} EXPLAINs
 * the statements of every adapter's filters and sorts and fails on a filesort or a scan of the table.
 */
public final class ListQuery {

    /** Totals are counted up to here; a larger list answers this many and says the count is not exact. */
    public static final int COUNT_BOUND = 10_000;
    /** How many pages past the one asked for a total counts: enough for a pager to offer the next ten. */
    public static final int LOOKAHEAD_PAGES = 10;

    private final String table;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private Order order;
    private boolean ascending = true;
    private boolean narrowed;

    private ListQuery(String table) {
        this.table = table;
    }

    /** The rows of one township in a table with a {@code township} column. */
    public static ListQuery of(String table, String township) {
        return new ListQuery(table).where("township = ?", township);
    }

    /** The rows of every township. */
    public static ListQuery across(String table) {
        return new ListQuery(table);
    }

    /** The rows of several townships (a county-wide reader). */
    public static ListQuery of(String table, Collection<String> townships) {
        ListQuery query = new ListQuery(table);
        return townships.size() == 1 ? query.where("township = ?", townships.iterator().next())
                : query.where("township IN (" + placeholders(townships.size()) + ")", townships.toArray());
    }

    /** Adds a condition; each {@code ?} takes the next value. */
    public ListQuery where(String condition, Object... values) {
        long marks = condition.chars().filter(c -> c == '?').count();
        if (marks != values.length) {
            throw new IllegalArgumentException(condition + " takes " + marks + " values, not " + values.length);
        }
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds {@code column IN (…)}; an empty list matches nothing. */
    public ListQuery whereIn(String column, Collection<?> values) {
        return values.isEmpty() ? where("1 = 0") : where(column + " IN (" + placeholders(values.size()) + ")",
                values.toArray());
    }

    /** {@code LIKE} with the text's wildcards escaped: {@code column LIKE 'text%'} (a prefix, served by an index). */
    public ListQuery whereStartsWith(String column, String text) {
        return where(column + " LIKE ?", escapeLike(text) + "%");
    }

    /**
     * {@code LIKE '%text%'} over several columns, for registers that stay small (matters, items, plans,
     * documents): it reads the township's rows of the table, so large lists search by prefix instead.
     */
    public ListQuery whereContains(String text, String... columns) {
        String pattern = "%" + escapeLike(text.toLowerCase()) + "%";
        Object[] values = new Object[columns.length];
        java.util.Arrays.fill(values, pattern);
        return where("(" + java.util.Arrays.stream(columns).map(c -> "LOWER(" + c + ") LIKE ?")
                .collect(Collectors.joining(" OR ")) + ")", values);
    }

    /** Orders the list the way {@code order} says, in one direction. */
    public ListQuery orderBy(Order order, boolean ascending) {
        this.order = order;
        this.ascending = ascending;
        return this;
    }

    /**
     * Marks the last condition as one that narrows the list to few rows through indexes of its own (a text
     * prefix, pending deadlines): the matches are read by those indexes and ordering them may sort, over the
     * matches only, which {@code ListQueryPlanTest} accepts.
     */
    public ListQuery narrowed() {
        this.narrowed = true;
        return this;
    }

    public boolean isNarrowed() {
        return narrowed;
    }

    /** The statement that selects one page of ids. */
    public Statement pageOfIds(PageRequest page) {
        String direction = ascending ? " ASC" : " DESC";
        List<String> columns = new ArrayList<>(order.columns());
        if (!order.unique()) {
            columns.add("id");
        }
        String sql = "SELECT id FROM " + table + hint() + whereClause() + " ORDER BY "
                + columns.stream().map(c -> c + direction).collect(Collectors.joining(", "))
                + " LIMIT " + page.size() + " OFFSET " + page.offset();
        return new Statement(sql, parameters);
    }

    /** How far the total of a page counts: ten pages past it, at most {@link #COUNT_BOUND}. */
    public static long countBound(PageRequest page) {
        return Math.min(COUNT_BOUND, page.offset() + (long) (LOOKAHEAD_PAGES + 1) * page.size());
    }

    /** The statement that counts the matches, up to one more than {@link #countBound}, in the sort's index. */
    public Statement boundedCount(PageRequest page) {
        return new Statement("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + hint() + whereClause() + " LIMIT "
                + (countBound(page) + 1) + ") counted", parameters);
    }

    /** Reads one page: its ids in order, then the rows by id, and the (bounded) total. */
    public <E> Page<E> fetch(EntityManager em, Class<E> entity, Function<E, String> id, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object> ids = pageOfIds(page).query(em).getResultList();
        List<E> rows = ids.isEmpty() ? List.of() : byId(em, entity, id, ids);
        long offset = page.offset();
        if (rows.size() < page.size() && (!rows.isEmpty() || offset == 0)) {
            return new Page<>(rows, page.page(), page.size(), offset + rows.size(), true);
        }
        long bound = countBound(page);
        long counted = ((Number) boundedCount(page).query(em).getSingleResult()).longValue();
        return counted > bound ? new Page<>(rows, page.page(), page.size(), bound, false)
                : new Page<>(rows, page.page(), page.size(), counted, true);
    }

    private static <E> List<E> byId(EntityManager em, Class<E> entity, Function<E, String> id, List<Object> ids) {
        List<E> found = em.createQuery("from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                .setParameter("ids", ids).getResultList();
        Map<String, E> byId = new HashMap<>();
        found.forEach(e -> byId.put(id.apply(e), e));
        List<E> ordered = new ArrayList<>(ids.size());
        for (Object i : ids) {
            E row = byId.get((String) i);
            if (row != null) {
                ordered.add(row);
            }
        }
        return Collections.unmodifiableList(ordered);
    }

    /** The sort's own index, unless a narrowing condition finds the few matches through another. */
    private String hint() {
        return narrowed || order == null ? "" : " FORCE INDEX (" + order.index() + ")";
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * How a list is ordered: by these columns, each list's sort having an index of its own that starts with the
     * township and then the columns (and that may go on with filter columns, so that a filtered page is read from
     * the index alone). The tie-breaker {@code id} follows unless the columns are unique in a township.
     */
    public record Order(String index, List<String> columns, boolean unique) {

        /** Ordered by the columns, then by id (InnoDB's implicit last column of a non-unique index). */
        public static Order by(String index, String... columns) {
            return new Order(index, List.of(columns), false);
        }

        /** Ordered by columns unique in a township: no tie-breaker. */
        public static Order unique(String index, String... columns) {
            return new Order(index, List.of(columns), true);
        }
    }

    /** Native SQL and its positional values. */
    public record Statement(String sql, List<Object> parameters) {

        public Statement {
            parameters = List.copyOf(parameters);
        }

        public Query query(EntityManager em) {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}
