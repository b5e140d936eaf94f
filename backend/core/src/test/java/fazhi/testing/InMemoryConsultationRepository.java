package fazhi.testing;

import fazhi.review.model.Consultation;
import fazhi.review.port.in.ConsultationQuery;
import fazhi.review.port.out.ConsultationRepository;
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

/** Consultations kept as copies; each save raises the version by one. */
public final class InMemoryConsultationRepository implements ConsultationRepository {

    private final Map<String, Consultation> consultations = new LinkedHashMap<>();
    private final List<Consultation> saves = new ArrayList<>();

    @Override
    public Optional<Consultation> find(TownshipCode township, String adviserId, String id) {
        return Optional.ofNullable(consultations.get(id))
                .filter(c -> c.township().equals(township) && c.adviserId().equals(adviserId))
                .map(c -> copy(c, c.version(), c.created(), c.updated()));
    }

    @Override
    public Consultation save(Consultation consultation, Stamp stamp) {
        Consultation stored = consultations.get(consultation.id());
        long version = stored == null ? 0 : stored.version() + 1;
        Consultation saved = copy(consultation, version, stored == null ? stamp : stored.created(), stamp);
        consultations.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<Consultation> search(TownshipCode township, String adviserId, ConsultationQuery query,
                                     PageRequest page) {
        List<Consultation> matching = consultations.values().stream()
                .filter(c -> c.township().equals(township) && c.adviserId().equals(adviserId))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public Consultation stored(String id) {
        return Objects.requireNonNull(consultations.get(id), "no consultation " + id);
    }

    public List<Consultation> saves() {
        return List.copyOf(saves);
    }

    private static Consultation copy(Consultation c, long version, Stamp created, Stamp updated) {
        return new Consultation(c.id(), c.township(), c.adviserId(), c.details(), version, created, updated);
    }
}
