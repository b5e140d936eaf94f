package fazhi.testing;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Inspection items kept as copies; each save raises the version by one, as the optimistic lock does. */
public final class InMemoryInspectionItemRepository implements InspectionItemRepository {

    private final Map<String, InspectionItem> items = new LinkedHashMap<>();
    private final List<InspectionItem> saves = new ArrayList<>();

    /** Stores an item as it is, bypassing the service: the "given" of a test. */
    public InspectionItem store(InspectionItem item) {
        items.put(item.id(), copy(item, item.version(), item.created(), item.updated()));
        return item;
    }

    @Override
    public Optional<InspectionItem> find(TownshipCode township, String id) {
        return Optional.ofNullable(items.get(id)).filter(i -> i.township().equals(township))
                .map(i -> copy(i, i.version(), i.created(), i.updated()));
    }

    @Override
    public List<InspectionItem> findAll(TownshipCode township, Collection<String> ids) {
        return ids.stream().map(id -> find(township, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public boolean codeTaken(TownshipCode township, String code, String exceptItemId) {
        return items.values().stream().filter(i -> i.township().equals(township))
                .filter(i -> !i.id().equals(exceptItemId))
                .anyMatch(i -> i.details().code().equals(code));
    }

    @Override
    public InspectionItem save(InspectionItem item, Stamp stamp) {
        InspectionItem stored = items.get(item.id());
        long version = stored == null ? 0 : stored.version() + 1;
        InspectionItem saved = copy(item, version, stored == null ? stamp : stored.created(), stamp);
        items.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public Page<InspectionItem> search(TownshipCode township, InspectionItemQuery query, PageRequest page) {
        List<InspectionItem> found = items.values().stream().filter(i -> i.township().equals(township))
                .filter(i -> query.published() == null || i.published() == query.published())
                .filter(i -> query.field() == null || i.details().field() == query.field())
                .toList();
        return new Page<>(found.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                found.size());
    }

    public InspectionItem stored(String id) {
        return Objects.requireNonNull(items.get(id), "no item " + id);
    }

    public List<InspectionItem> saves() {
        return List.copyOf(saves);
    }

    private static InspectionItem copy(InspectionItem i, long version, Stamp created, Stamp updated) {
        return new InspectionItem(i.id(), i.township(), i.details(), i.publishedOn(), version, created, updated);
    }
}
