package fazhi.testing;

import fazhi.review.model.MajorDecision;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.review.port.out.MajorDecisionRepository;
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

/** Major decisions kept as copies; each save raises the version by one. */
public final class InMemoryMajorDecisionRepository implements MajorDecisionRepository {

    private final Map<String, MajorDecision> decisions = new LinkedHashMap<>();
    private final List<MajorDecision> saves = new ArrayList<>();

    public MajorDecision store(MajorDecision decision) {
        decisions.put(decision.id(), copy(decision, decision.version(), decision.created(), decision.updated()));
        return decision;
    }

    @Override
    public Optional<MajorDecision> find(TownshipCode township, String id) {
        return Optional.ofNullable(decisions.get(id)).filter(d -> d.township().equals(township))
                .map(d -> copy(d, d.version(), d.created(), d.updated()));
    }

    @Override
    public boolean catalogueNumberTaken(TownshipCode township, int year, int catalogueNumber,
                                        String exceptDecisionId) {
        return decisions.values().stream()
                .filter(d -> d.township().equals(township) && !d.id().equals(exceptDecisionId))
                .anyMatch(d -> d.details().year() == year
                        && Integer.valueOf(catalogueNumber).equals(d.details().catalogueNumber()));
    }

    @Override
    public MajorDecision save(MajorDecision decision, Stamp stamp) {
        MajorDecision stored = decisions.get(decision.id());
        long version = stored == null ? 0 : stored.version() + 1;
        MajorDecision saved = copy(decision, version, stored == null ? stamp : stored.created(), stamp);
        decisions.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<MajorDecision> search(TownshipCode township, MajorDecisionQuery query, PageRequest page) {
        List<MajorDecision> matching = decisions.values().stream()
                .filter(d -> d.township().equals(township))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> query.year() == null || d.details().year().equals(query.year()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public MajorDecision stored(String id) {
        return Objects.requireNonNull(decisions.get(id), "no decision " + id);
    }

    public List<MajorDecision> saves() {
        return List.copyOf(saves);
    }

    private static MajorDecision copy(MajorDecision d, long version, Stamp created, Stamp updated) {
        return new MajorDecision(d.id(), d.township(), d.details(), d.status(), d.publicParticipation(),
                d.expertArgument(), d.riskAssessment(), d.reviewSubmittedOn(), d.collectiveDiscussion(),
                d.adoptedOn(), d.publishedOn(), version, created, updated);
    }
}
