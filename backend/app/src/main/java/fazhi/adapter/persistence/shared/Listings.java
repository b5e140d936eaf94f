package fazhi.adapter.persistence.shared;

import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The lists an adapter answers, each as the {@link ListQuery} it issues for a filter and a sort, so that
 * {@code ListQueryPlanTest} can EXPLAIN every filter × sort of every list. Every adapter that answers a
 * {@code Page} implements it.
 */
public interface Listings {

    List<Listing<?>> listings();

    /**
     * One list: its filter type (a record whose components are the filters, or a single value), the sort fields
     * the API offers, and how it turns them into SQL.
     */
    record Listing<Q>(String name, Class<Q> filterType, Set<String> sortable, Query<Q> query) {
    }

    @FunctionalInterface
    interface Query<Q> {
        ListQuery of(TownshipCode township, Q filter, PageRequest page, LocalDate today);
    }
}
