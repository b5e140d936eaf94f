package fazhi.testing;

import fazhi.enforcement.model.CaseDeadlines;
import fazhi.enforcement.model.CaseProgress;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.NumberKind;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.out.EnforcementCaseRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cases kept as copies, so that a change the service makes to a loaded case counts only once it is saved. Each
 * save raises the version by one, as the persistence adapter's optimistic lock does; counters start at 1.
 */
public final class InMemoryEnforcementCaseRepository implements EnforcementCaseRepository {

    private final Map<String, EnforcementCase> cases = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<EnforcementCase> saves = new ArrayList<>();

    /** Stores a case as it is, bypassing the service: the "given" of a test. */
    public EnforcementCase store(EnforcementCase c) {
        cases.put(c.id(), copy(c, c.version(), c.created(), c.updated()));
        return c;
    }

    /** Sets a counter as if {@code last} numbers had been given already. */
    public void counterAt(TownshipCode township, NumberKind kind, int year, int last) {
        counters.put(key(township, kind, year), last);
    }

    @Override
    public Optional<EnforcementCase> find(TownshipCode township, String id) {
        return Optional.ofNullable(cases.get(id))
                .filter(c -> c.township().equals(township))
                .map(c -> copy(c, c.version(), c.created(), c.updated()));
    }

    @Override
    public EnforcementCase save(EnforcementCase c, Stamp stamp) {
        EnforcementCase stored = cases.get(c.id());
        long version = stored == null ? 0 : stored.version() + 1;
        Stamp created = stored == null ? stamp : stored.created();
        EnforcementCase saved = copy(c, version, created, stamp);
        cases.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public int nextNumber(TownshipCode township, NumberKind kind, int year) {
        return counters.merge(key(township, kind, year), 1, Integer::sum);
    }

    @Override
    public List<EarlierViolation> earlierViolations(TownshipCode township, String partyIdentifier,
                                                    LocalDate violationBefore, String exceptCaseId) {
        return cases.values().stream()
                .filter(c -> c.township().equals(township))
                .filter(c -> !c.id().equals(exceptCaseId))
                .filter(c -> c.party().identifier().equals(partyIdentifier))
                .filter(c -> c.violationDate().isBefore(violationBefore))
                .filter(c -> c.decision() != null && c.status() != CaseStatus.REVOKED)
                .filter(c -> c.decision().isPenalty()
                        || c.decision().outcome().kind() == OutcomeKind.NO_PENALTY_FIRST_VIOLATION)
                .sorted(Comparator.comparing(EnforcementCase::violationDate))
                .map(c -> new EarlierViolation(c.id(), c.caseNumber(), c.violationDate(),
                        c.decision().outcome().kind(), c.decision().decidedOn()))
                .toList();
    }

    @Override
    public Page<EnforcementCase> search(TownshipCode township, EnforcementCaseQuery query, PageRequest page,
                                        LocalDate today) {
        List<EnforcementCase> found = cases.values().stream()
                .filter(c -> c.township().equals(township))
                .filter(c -> query.status() == null || c.status() == query.status())
                .filter(c -> query.field() == null || c.field() == query.field())
                .filter(c -> query.procedure() == null || c.procedure() == query.procedure())
                .filter(c -> query.year() == null || c.filedOn().getYear() == query.year())
                .filter(c -> query.outcome() == null
                        || c.decision() != null && c.decision().outcome().kind() == query.outcome())
                .filter(c -> query.text() == null || c.caseNumber().toString().contains(query.text())
                        || c.party().name().contains(query.text())
                        || c.decision() != null && c.decision().number() != null
                        && c.decision().number().toString().contains(query.text()))
                .filter(c -> query.dueWithinDays() == null || CaseDeadlines.pendingDueDates(c).values().stream()
                        .anyMatch(d -> !d.isAfter(today.plusDays(query.dueWithinDays()))))
                .sorted(Comparator.comparing(EnforcementCase::filedOn).reversed())
                .toList();
        List<EnforcementCase> onPage = found.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(onPage, page.page(), page.size(), found.size());
    }

    @Override
    public List<EnforcementCase> withDeadlinesDueBy(TownshipCode township, LocalDate dueBy) {
        return cases.values().stream()
                .filter(c -> c.township().equals(township))
                .filter(c -> CaseDeadlines.pendingDueDates(c).values().stream().anyMatch(d -> !d.isAfter(dueBy)))
                .toList();
    }

    @Override
    public Page<EnforcementCase> published(TownshipCode township, Integer year, PageRequest page) {
        List<EnforcementCase> found = cases.values().stream()
                .filter(c -> c.township().equals(township))
                .filter(EnforcementCase::isPublished)
                .filter(c -> year == null || c.decision().decidedOn().getYear() == year)
                .sorted(Comparator.comparing((EnforcementCase c) -> c.decision().decidedOn()).reversed())
                .toList();
        List<EnforcementCase> onPage = found.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(onPage, page.page(), page.size(), found.size());
    }

    /** The case as stored now. */
    public EnforcementCase stored(String id) {
        return Objects.requireNonNull(cases.get(id), "no case " + id);
    }

    /** Every case saved through the port, in order. */
    public List<EnforcementCase> saves() {
        return List.copyOf(saves);
    }

    private static String key(TownshipCode township, NumberKind kind, int year) {
        return township.value() + "/" + kind + "/" + year;
    }

    static EnforcementCase copy(EnforcementCase c, long version, Stamp created, Stamp updated) {
        return new EnforcementCase(c.id(), c.township(), c.caseNumber(), c.details(), c.filedOn(), c.status(),
                new CaseProgress(c.investigation(), c.notice(), c.hearing(), c.legalReview(), c.extension(),
                        c.decision(), c.delivery(), c.execution(), c.processRecord(), c.closedOn(), c.publication(),
                        c.revocation()),
                version, created, updated);
    }
}
