package fazhi.adapter.persistence.shared;

import fazhi.shared.model.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** The columns every changeable table carries: optimistic-lock version and who created/changed it when. */
@MappedSuperclass
public abstract class TrackedEntity {

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    /** Stamps a change; the first stamp is also the creation. */
    public void stamp(Stamp stamp) {
        if (createdAt == null) {
            createdAt = stamp.at();
            createdBy = stamp.by();
        }
        updatedAt = stamp.at();
        updatedBy = stamp.by();
    }

    public Stamp created() {
        return new Stamp(createdAt, createdBy);
    }

    public Stamp updated() {
        return new Stamp(updatedAt, updatedBy);
    }
}
