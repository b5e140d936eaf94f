package fazhi.testing;

import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.TownshipRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The county's townships, in insertion order (so that sorting is the service's job). */
public final class InMemoryTownshipRepository implements TownshipRepository {

    private final Map<TownshipCode, Township> townships = new LinkedHashMap<>();

    public static InMemoryTownshipRepository with(Township... townships) {
        var repository = new InMemoryTownshipRepository();
        for (Township township : townships) {
            repository.save(township);
        }
        return repository;
    }

    @Override
    public Optional<Township> find(TownshipCode code) {
        return Optional.ofNullable(townships.get(code));
    }

    @Override
    public List<Township> findAll() {
        return new ArrayList<>(townships.values());
    }

    @Override
    public void save(Township township) {
        townships.put(township.code(), township);
    }
}
