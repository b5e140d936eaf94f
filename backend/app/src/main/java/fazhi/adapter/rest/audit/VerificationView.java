package fazhi.adapter.rest.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "VerificationView", description = "The result of recomputing a township's audit hash chain.", requiredProperties = {"township", "intact", "eventsChecked", "verifiedAt"})
public record VerificationView(
        @Schema(examples = "jinhe") String township,
        @Schema(description = "Whether every event's link and hash hold") boolean intact,
        @Schema(description = "Events checked (up to the first broken one)", examples = "128") long eventsChecked,
        @Schema(nullable = true, description = "The first event whose link or hash does not hold")
        BrokenEvent firstBrokenEvent,
        Instant verifiedAt) {

    @Schema(name = "BrokenEvent")
    public record BrokenEvent(String id, long sequence,
                              @Schema(description = "SEQUENCE_GAP, LINK_MISMATCH or HASH_MISMATCH") String reason) {
    }
}
