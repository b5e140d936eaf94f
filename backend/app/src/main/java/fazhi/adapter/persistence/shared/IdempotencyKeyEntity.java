package fazhi.adapter.persistence.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "idempotency_keys")
public class IdempotencyKeyEntity {

    @EmbeddedId
    public Key id;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    public String requestFingerprint;

    @Column(nullable = false)
    public int status;

    @Column(length = 500)
    public String location;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Embeddable
    public static class Key implements Serializable {

        @Column(nullable = false, length = 100)
        public String actor;

        @Column(name = "idempotency_key", nullable = false, length = 100)
        public String idempotencyKey;

        public Key() {
        }

        public Key(String actor, String idempotencyKey) {
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(actor, other.actor)
                    && Objects.equals(idempotencyKey, other.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, idempotencyKey);
        }
    }
}
