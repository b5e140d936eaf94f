package fazhi.shared.model;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the count across all pages. Counting a large list costs a scan, so above a bound the
 * count stops: {@code total} is then the bound and {@code totalExact} false ("10 000+").
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total is exact. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
