package fazhi.testing;

import fazhi.review.model.LegalAdviser;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.review.port.out.LegalAdviserRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Legal advisers kept as copies; each save raises the version by one. */
public final class InMemoryLegalAdviserRepository implements LegalAdviserRepository {

    private final Map<String, LegalAdviser> advisers = new LinkedHashMap<>();
    private final List<LegalAdviser> saves = new ArrayList<>();

    public LegalAdviser store(LegalAdviser adviser) {
        advisers.put(adviser.id(), copy(adviser, adviser.version(), adviser.created(), adviser.updated()));
        return adviser;
    }

    @Override
    public Optional<LegalAdviser> find(TownshipCode township, String id) {
        return Optional.ofNullable(advisers.get(id)).filter(a -> a.township().equals(township))
                .map(a -> copy(a, a.version(), a.created(), a.updated()));
    }

    @Override
    public LegalAdviser save(LegalAdviser adviser, Stamp stamp) {
        LegalAdviser stored = advisers.get(adviser.id());
        long version = stored == null ? 0 : stored.version() + 1;
        LegalAdviser saved = copy(adviser, version, stored == null ? stamp : stored.created(), stamp);
        advisers.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<LegalAdviser> search(TownshipCode township, LegalAdviserQuery query, PageRequest page) {
        List<LegalAdviser> matching = advisers.values().stream()
                .filter(a -> a.township().equals(township))
                .filter(a -> query.engagedOn() == null || a.details().engagedOn(query.engagedOn()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public LegalAdviser stored(String id) {
        return Objects.requireNonNull(advisers.get(id), "no adviser " + id);
    }

    public List<LegalAdviser> saves() {
        return List.copyOf(saves);
    }

    private static LegalAdviser copy(LegalAdviser a, long version, Stamp created, Stamp updated) {
        return new LegalAdviser(a.id(), a.township(), a.details(), version, created, updated);
    }
}
