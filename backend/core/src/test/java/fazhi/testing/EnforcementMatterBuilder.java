package fazhi.testing;

import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterDetails;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.LocalDate;

/** A matter as already stored: unpublished, of Jinhe, at version 2 unless told otherwise. */
public final class EnforcementMatterBuilder {

    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-01-02T01:00:00Z"), "staff.user");

    private String id = "matter-1";
    private TownshipCode township = TestTownships.JINHE;
    private MatterDetails details = MatterDetailsBuilder.matterDetails().build();
    private boolean published;
    private LocalDate publishedOn;
    private long version = 2;

    private EnforcementMatterBuilder() {
    }

    public static EnforcementMatterBuilder aMatter() {
        return new EnforcementMatterBuilder();
    }

    public EnforcementMatterBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public EnforcementMatterBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public EnforcementMatterBuilder with(MatterDetailsBuilder details) {
        this.details = details.build();
        return this;
    }

    public EnforcementMatterBuilder publishedOn(LocalDate day) {
        this.published = true;
        this.publishedOn = day;
        return this;
    }

    public EnforcementMatterBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public EnforcementMatter build() {
        return new EnforcementMatter(id, township, details, published, publishedOn, null, version, EARLIER,
                EARLIER);
    }
}
