package fazhi.adapter.persistence.shared;

import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.IdempotencyStore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class IdempotencyPersistenceAdapter implements IdempotencyStore {

    private final Keys keys;
    private final Clock clock;

    public IdempotencyPersistenceAdapter(Keys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<StoredAnswer> find(String actor, String key) {
        return keys.findByIdOptional(new IdempotencyKeyEntity.Key(actor, key))
                .map(e -> new StoredAnswer(e.requestFingerprint, e.status, e.location, e.body));
    }

    @Override
    public void save(String actor, String key, StoredAnswer answer) {
        IdempotencyKeyEntity entity = new IdempotencyKeyEntity();
        entity.id = new IdempotencyKeyEntity.Key(actor, key);
        entity.requestFingerprint = answer.requestFingerprint();
        entity.status = answer.status();
        entity.location = answer.location();
        entity.body = answer.body();
        entity.createdAt = clock.now();
        entity.createdBy = actor;
        keys.persist(entity);
    }

    @ApplicationScoped
    static class Keys implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {
    }
}
