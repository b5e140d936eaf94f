package fazhi.testing;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;

/** An officer as already stored: active, of Jinhe, at version 3 unless told otherwise. */
public final class OfficerBuilder {

    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-01-02T01:00:00Z"), "staff.user");

    private String id = "officer-1";
    private TownshipCode township = TestTownships.JINHE;
    private OfficerDetails details = OfficerDetailsBuilder.officerDetails().build();
    private OfficerStatus status = OfficerStatus.ACTIVE;
    private String suspensionReason;
    private long version = 3;

    private OfficerBuilder() {
    }

    public static OfficerBuilder anOfficer() {
        return new OfficerBuilder();
    }

    public OfficerBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public OfficerBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public OfficerBuilder with(OfficerDetails details) {
        this.details = details;
        return this;
    }

    public OfficerBuilder with(OfficerDetailsBuilder details) {
        return with(details.build());
    }

    public OfficerBuilder suspendedBecause(String reason) {
        this.status = OfficerStatus.SUSPENDED;
        this.suspensionReason = reason;
        return this;
    }

    public OfficerBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public Officer build() {
        return new Officer(id, township, details, status, suspensionReason, version, EARLIER, EARLIER);
    }
}
