package fazhi.testing;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.MatterDetails;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;

/** A fire-safety penalty matter delegated by the county unless told otherwise. */
public final class MatterDetailsBuilder {

    private String code = "JH-CF-001";
    private String name = "对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚";
    private MatterKind kind = MatterKind.PENALTY;
    private EnforcementField field = EnforcementField.FIRE_SAFETY;
    private String legalBasis = "《中华人民共和国消防法》第五十八条";
    private Department department = Department.EMERGENCY;
    private MatterSource source = MatterSource.COUNTY_DELEGATED;
    private String delegationReference = "麻政发〔2024〕8号";

    private MatterDetailsBuilder() {
    }

    public static MatterDetailsBuilder matterDetails() {
        return new MatterDetailsBuilder();
    }

    public MatterDetailsBuilder coded(String code) {
        this.code = code;
        return this;
    }

    public MatterDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    public MatterDetailsBuilder ofKind(MatterKind kind) {
        this.kind = kind;
        return this;
    }

    public MatterDetailsBuilder in(EnforcementField field) {
        this.field = field;
        return this;
    }

    public MatterDetailsBuilder basedOn(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    public MatterDetailsBuilder by(Department department) {
        this.department = department;
        return this;
    }

    /** The township's own power: no delegation reference. */
    public MatterDetailsBuilder own() {
        this.source = MatterSource.OWN;
        this.delegationReference = null;
        return this;
    }

    public MatterDetailsBuilder from(MatterSource source, String delegationReference) {
        this.source = source;
        this.delegationReference = delegationReference;
        return this;
    }

    public MatterDetails build() {
        return new MatterDetails(code, name, kind, field, legalBasis, department, source, delegationReference);
    }
}
