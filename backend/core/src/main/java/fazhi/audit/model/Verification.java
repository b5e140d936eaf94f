package fazhi.audit.model;

import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.util.Optional;

/** The result of recomputing a township's chain: how many events were checked and the first break. */
public record Verification(TownshipCode township, long eventsChecked, Optional<AuditChain.Break> firstBreak,
                           Instant verifiedAt) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
