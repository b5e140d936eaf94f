package fazhi.testing;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.LocalDate;

/** An item of Jinhe's list, fire safety, capped at 2 a year, published on 2025-01-10 unless told otherwise. */
public final class InspectionItemBuilder {

    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-01-02T01:00:00Z"), "staff.user");
    public static final String LIST_TITLE = "麻阳苗族自治县锦和镇涉企行政检查事项清单";

    private String id = "item-1";
    private TownshipCode township = TestTownships.JINHE;
    private String code = "JH-JC-001";
    private String name = "对生产经营单位消防安全责任落实情况的检查";
    private EnforcementField field = EnforcementField.FIRE_SAFETY;
    private InspectionMethod method = InspectionMethod.DOUBLE_RANDOM;
    private Integer cap = 2;
    private LocalDate publishedOn = LocalDate.of(2025, 1, 10);
    private long version = 1;

    private InspectionItemBuilder() {
    }

    public static InspectionItemBuilder anItem() {
        return new InspectionItemBuilder();
    }

    public InspectionItemBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public InspectionItemBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public InspectionItemBuilder coded(String code) {
        this.code = code;
        return this;
    }

    public InspectionItemBuilder in(EnforcementField field) {
        this.field = field;
        return this;
    }

    public InspectionItemBuilder cappedAt(int cap) {
        this.cap = cap;
        return this;
    }

    public InspectionItemBuilder publishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
        return this;
    }

    public InspectionItemBuilder unpublished() {
        this.publishedOn = null;
        return this;
    }

    public InspectionItemDetails details() {
        return new InspectionItemDetails(LIST_TITLE, code, name, "辖区内加油站、人员密集场所", "《中华人民共和国消防法》第五十三条",
                Department.EMERGENCY, field, method, cap);
    }

    public InspectionItem build() {
        return new InspectionItem(id, township, details(), publishedOn, version, EARLIER, EARLIER);
    }
}
