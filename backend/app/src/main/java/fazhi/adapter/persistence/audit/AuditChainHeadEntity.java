package fazhi.adapter.persistence.audit;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of a township's audit chain, locked while the next event is appended. */
@Entity
@Table(name = "audit_chain_heads")
public class AuditChainHeadEntity extends TrackedEntity {

    @Id
    @Column(length = 32)
    public String township;

    @Column(name = "last_sequence", nullable = false)
    public long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    public String lastHash;
}
