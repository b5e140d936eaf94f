package fazhi.audit.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fazhi.testing.AuditChainBuilder.aChainOf;
import static fazhi.testing.AuditChainBuilder.withActor;
import static fazhi.testing.AuditChainBuilder.withChanges;
import static fazhi.testing.AuditChainBuilder.withOccurredAt;
import static fazhi.testing.AuditChainBuilder.withPreviousHash;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-01: the audit events of a township form a hash chain that shows any change, removal or reordering. */
class Sys01AuditChainTest {

    private final List<AuditEvent> chain = new ArrayList<>(aChainOf(JINHE).ofLength(4).build());

    @Test
    void a_chain_built_with_the_hash_holds() {
        assertThat(AuditChain.firstBreak(chain)).isEmpty();
    }

    @Test
    void an_empty_chain_holds() {
        assertThat(AuditChain.firstBreak(List.of())).isEmpty();
    }

    @Test
    void the_first_event_points_at_the_genesis_hash() {
        assertThat(chain.get(0).previousHash()).isEqualTo("0".repeat(64)).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
    }

    @Test
    void the_hash_is_a_sha_256_in_hex() {
        assertThat(chain.get(0).hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void the_hash_depends_on_the_previous_hash() {
        // given
        AuditEvent event = chain.get(1);

        // then
        assertThat(AuditChain.hash(AuditChain.GENESIS, event)).isNotEqualTo(AuditChain.hash(event.previousHash(), event));
    }

    @Test
    void changed_changes_break_the_chain_at_that_event_with_a_hash_mismatch() {
        // given
        chain.set(2, withChanges(chain.get(2), "{\"name\":{\"before\":\"李明\",\"after\":\"王芳\"}}"));

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.HASH_MISMATCH);
        });
    }

    @Test
    void a_changed_actor_breaks_the_chain_at_that_event_with_a_hash_mismatch() {
        // given
        chain.set(1, withActor(chain.get(1), "someone.else"));

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(2);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.HASH_MISMATCH);
        });
    }

    @Test
    void a_changed_time_breaks_the_chain_at_that_event_with_a_hash_mismatch() {
        // given
        AuditEvent last = chain.get(3);
        chain.set(3, withOccurredAt(last, last.occurredAt().minusSeconds(3600)));

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(4);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.HASH_MISMATCH);
        });
    }

    @Test
    void the_time_is_hashed_to_the_second_as_the_chain_stores_it() {
        // given: a fraction of a second the stored event does not keep
        AuditEvent first = chain.get(0);
        Instant withFraction = first.occurredAt().plusMillis(999);

        // then
        assertThat(AuditChain.hash(AuditChain.GENESIS, withOccurredAt(first, withFraction))).isEqualTo(first.hash());
        assertThat(AuditChain.hash(AuditChain.GENESIS, withOccurredAt(first, first.occurredAt().plusSeconds(1))))
                .isNotEqualTo(first.hash());
    }

    @Test
    void a_removed_event_breaks_the_chain_at_the_next_one_with_a_sequence_gap() {
        // given
        chain.remove(1);

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.SEQUENCE_GAP);
        });
    }

    @Test
    void a_removed_first_event_breaks_the_chain_at_once() {
        // given
        chain.remove(0);

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(2);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.SEQUENCE_GAP);
        });
    }

    @Test
    void a_wrong_previous_hash_breaks_the_chain_with_a_link_mismatch() {
        // given
        chain.set(2, withPreviousHash(chain.get(2), chain.get(0).hash()));

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.LINK_MISMATCH);
        });
    }

    @Test
    void a_first_event_not_pointing_at_genesis_breaks_the_chain_with_a_link_mismatch() {
        // given
        chain.set(0, withPreviousHash(chain.get(0), "f".repeat(64)));

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.event().sequence()).isEqualTo(1);
            assertThat(b.reason()).isEqualTo(AuditChain.Break.Reason.LINK_MISMATCH);
        });
    }

    @Test
    void only_the_first_break_is_reported() {
        // given
        chain.set(1, withActor(chain.get(1), "someone.else"));
        chain.remove(3);
        chain.set(2, withChanges(chain.get(2), "{}"));

        // when
        Optional<AuditChain.Break> broken = AuditChain.firstBreak(chain);

        // then
        assertThat(broken).hasValueSatisfying(b -> assertThat(b.event().sequence()).isEqualTo(2));
    }

    @Test
    void the_verifier_counts_every_event_of_a_chain_that_holds() {
        // given
        AuditChain.Verifier verifier = new AuditChain.Verifier();

        // when
        chain.forEach(verifier::accept);

        // then
        assertThat(verifier.checked()).isEqualTo(4);
        assertThat(verifier.firstBreak()).isEmpty();
    }

    @Test
    void the_verifier_counts_up_to_and_including_the_first_broken_event() {
        // given
        chain.set(1, withChanges(chain.get(1), "{}"));
        AuditChain.Verifier verifier = new AuditChain.Verifier();

        // when
        chain.forEach(verifier::accept);

        // then
        assertThat(verifier.checked()).isEqualTo(2);
        assertThat(verifier.firstBreak()).map(AuditChain.Break::event).contains(chain.get(1));
    }
}
