package fazhi.testing;

import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.enforcement.port.out.EnforcementMatterRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Enforcement matters kept as copies, so that a change counts only once saved; each save raises the version by
 * one. The search applies every filter and sorts by code, enough for the service's tests.
 */
public final class InMemoryEnforcementMatterRepository implements EnforcementMatterRepository {

    private final Map<String, EnforcementMatter> matters = new LinkedHashMap<>();
    private final List<EnforcementMatter> saves = new ArrayList<>();

    /** Stores a matter as it is, bypassing the service: the "given" of a test. */
    public EnforcementMatter store(EnforcementMatter matter) {
        matters.put(matter.id(), copy(matter, matter.version(), matter.created(), matter.updated()));
        return matter;
    }

    @Override
    public Optional<EnforcementMatter> find(TownshipCode township, String id) {
        return Optional.ofNullable(matters.get(id)).filter(m -> m.township().equals(township))
                .map(m -> copy(m, m.version(), m.created(), m.updated()));
    }

    @Override
    public boolean codeTaken(TownshipCode township, String code, String exceptMatterId) {
        return matters.values().stream()
                .filter(m -> m.township().equals(township) && !m.id().equals(exceptMatterId))
                .anyMatch(m -> m.details().code().equals(code));
    }

    @Override
    public EnforcementMatter save(EnforcementMatter matter, Stamp stamp) {
        EnforcementMatter stored = matters.get(matter.id());
        long version = stored == null ? 0 : stored.version() + 1;
        EnforcementMatter saved = copy(matter, version, stored == null ? stamp : stored.created(), stamp);
        matters.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<EnforcementMatter> search(TownshipCode township, EnforcementMatterQuery query, PageRequest page) {
        List<EnforcementMatter> matching = matters.values().stream()
                .filter(m -> m.township().equals(township))
                .filter(m -> query.kind() == null || m.details().kind() == query.kind())
                .filter(m -> query.field() == null || m.details().field() == query.field())
                .filter(m -> query.department() == null || m.details().department() == query.department())
                .filter(m -> query.source() == null || m.details().source() == query.source())
                .filter(m -> query.published() == null || m.published() == query.published())
                .filter(m -> query.text() == null || m.details().code().contains(query.text())
                        || m.details().name().contains(query.text())
                        || m.details().legalBasis().contains(query.text()))
                .sorted(Comparator.comparing(m -> m.details().code()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public EnforcementMatter stored(String id) {
        return Objects.requireNonNull(matters.get(id), "no matter " + id);
    }

    public List<EnforcementMatter> saves() {
        return List.copyOf(saves);
    }

    private static EnforcementMatter copy(EnforcementMatter m, long version, Stamp created, Stamp updated) {
        return new EnforcementMatter(m.id(), m.township(), m.details(), m.published(), m.publishedOn(),
                m.withdrawnOn(), version, created, updated);
    }
}
