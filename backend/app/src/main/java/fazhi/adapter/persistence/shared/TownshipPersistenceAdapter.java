package fazhi.adapter.persistence.shared;

import fazhi.shared.model.Stamp;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.TownshipRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TownshipPersistenceAdapter implements TownshipRepository {

    private final Townships townships;
    private final Clock clock;

    public TownshipPersistenceAdapter(Townships townships, Clock clock) {
        this.townships = townships;
        this.clock = clock;
    }

    @Override
    public Optional<Township> find(TownshipCode code) {
        return townships.findByIdOptional(code.value()).map(TownshipPersistenceAdapter::toDomain);
    }

    @Override
    public List<Township> findAll() {
        return townships.listAll(Sort.by("code")).stream().map(TownshipPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void save(Township township) {
        TownshipEntity entity = townships.findByIdOptional(township.code().value()).orElseGet(() -> {
            TownshipEntity created = new TownshipEntity();
            created.code = township.code().value();
            return created;
        });
        entity.nameZh = township.nameZh();
        entity.nameEn = township.nameEn();
        entity.stamp(new Stamp(clock.now(), "system"));
        townships.persist(entity);
    }

    private static Township toDomain(TownshipEntity entity) {
        return new Township(TownshipCode.of(entity.code), entity.nameZh, entity.nameEn);
    }

    @ApplicationScoped
    static class Townships implements PanacheRepositoryBase<TownshipEntity, String> {
    }
}
