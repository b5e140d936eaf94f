package fazhi.testing;

import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.Performance;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.out.ContractRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Contracts kept as copies, so that a change the service makes to a loaded contract counts only once it is saved.
 * Each save raises the version by one, as the persistence adapter's optimistic lock does; counters start at 1.
 */
public final class InMemoryContractRepository implements ContractRepository {

    private final Map<String, Contract> contracts = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** Stores a contract as it is, bypassing the service: the "given" of a test. */
    public Contract store(Contract c) {
        contracts.put(c.id(), copy(c, c.version(), c.created(), c.updated()));
        return c;
    }

    public void counterAt(TownshipCode township, int year, int last) {
        counters.put(township.value() + "/" + year, last);
    }

    @Override
    public Optional<Contract> find(TownshipCode township, String id) {
        return Optional.ofNullable(contracts.get(id)).filter(c -> c.township().equals(township))
                .map(c -> copy(c, c.version(), c.created(), c.updated()));
    }

    @Override
    public Contract save(Contract c, Stamp stamp) {
        Contract stored = contracts.get(c.id());
        long version = stored == null ? 0 : stored.version() + 1;
        Contract saved = copy(c, version, stored == null ? stamp : stored.created(), stamp);
        contracts.put(saved.id(), saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public int nextNumber(TownshipCode township, int year) {
        return counters.merge(township.value() + "/" + year, 1, Integer::sum);
    }

    @Override
    public Page<Contract> search(TownshipCode township, ContractQuery query, PageRequest page, LocalDate today,
                                 ContractSettings settings) {
        List<Contract> found = contracts.values().stream()
                .filter(c -> c.township().equals(township))
                .filter(c -> query.status() == null || c.status() == query.status())
                .filter(c -> query.type() == null || c.details().type() == query.type())
                .filter(c -> query.major() == null || c.majority(settings).major() == query.major())
                .filter(c -> query.year() == null || c.number().year() == query.year())
                .filter(c -> query.text() == null || c.number().toString().contains(query.text())
                        || c.details().title().contains(query.text())
                        || c.details().counterparty().name().contains(query.text()))
                .filter(c -> query.endingWithinDays() == null || c.status() == ContractStatus.PERFORMING
                        && !c.details().term().endOn().isBefore(today)
                        && !c.details().term().endOn().isAfter(today.plusDays(query.endingWithinDays())))
                .filter(c -> query.overdue() == null || query.overdue() == overdue(c, today))
                .sorted(Comparator.comparing(Contract::number).reversed())
                .toList();
        return new Page<>(found.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                found.size());
    }

    private static boolean overdue(Contract c, LocalDate today) {
        Performance p = Performance.of(c, today, 0);
        return p.expired() || p.overdueMilestones() > 0;
    }

    @Override
    public List<Contract> withDeadlinesDueBy(TownshipCode township, LocalDate endingBy, LocalDate milestonesDueBy) {
        return contracts.values().stream()
                .filter(c -> c.township().equals(township) && c.status() == ContractStatus.PERFORMING)
                .filter(c -> !c.details().term().endOn().isAfter(endingBy) || c.nextMilestoneDueOn() != null
                        && !c.nextMilestoneDueOn().isAfter(milestonesDueBy))
                .map(c -> copy(c, c.version(), c.created(), c.updated()))
                .toList();
    }

    /** The contract as stored now. */
    public Contract stored(String id) {
        return Objects.requireNonNull(contracts.get(id), "no contract " + id);
    }

    static Contract copy(Contract c, long version, Stamp created, Stamp updated) {
        return new Contract(c.id(), c.township(), c.number(), c.details(), c.registeredOn(), c.status(),
                c.progress(), version, created, updated);
    }
}
