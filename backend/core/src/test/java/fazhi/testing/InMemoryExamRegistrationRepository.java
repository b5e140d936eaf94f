package fazhi.testing;

import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.port.in.ExamRegistrationQuery;
import fazhi.enforcement.port.out.ExamRegistrationRepository;
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

/**
 * Exam registrations kept as copies, so that a change counts only once saved; each save raises the version by
 * one. The search applies every filter, in the order stored.
 */
public final class InMemoryExamRegistrationRepository implements ExamRegistrationRepository {

    private final Map<String, ExamRegistration> registrations = new LinkedHashMap<>();
    private final List<ExamRegistration> saves = new ArrayList<>();

    /** Stores a registration as it is, bypassing the service: the "given" of a test. */
    public ExamRegistration store(ExamRegistration registration) {
        registrations.put(registration.id(), copy(registration, registration.version(), registration.created(),
                registration.updated()));
        return registration;
    }

    @Override
    public Optional<ExamRegistration> find(TownshipCode township, String id) {
        return Optional.ofNullable(registrations.get(id)).filter(r -> r.township().equals(township))
                .map(r -> copy(r, r.version(), r.created(), r.updated()));
    }

    @Override
    public ExamRegistration save(ExamRegistration registration, Stamp stamp) {
        ExamRegistration stored = registrations.get(registration.id());
        long version = stored == null ? 0 : stored.version() + 1;
        ExamRegistration saved = copy(registration, version, stored == null ? stamp : stored.created(), stamp);
        registrations.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<ExamRegistration> search(TownshipCode township, ExamRegistrationQuery query, PageRequest page) {
        List<ExamRegistration> matching = registrations.values().stream()
                .filter(r -> r.township().equals(township))
                .filter(r -> query.year() == null || r.details().examYear().equals(query.year()))
                .filter(r -> query.status() == null || r.status() == query.status())
                .filter(r -> query.officerId() == null || query.officerId().equals(r.officerId()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public ExamRegistration stored(String id) {
        return Objects.requireNonNull(registrations.get(id), "no registration " + id);
    }

    public List<ExamRegistration> saves() {
        return List.copyOf(saves);
    }

    private static ExamRegistration copy(ExamRegistration r, long version, Stamp created, Stamp updated) {
        return new ExamRegistration(r.id(), r.township(), r.details(), r.officerId(), r.status(), r.score(),
                r.certificate(), r.resultRecordedOn(), version, created, updated);
    }
}
