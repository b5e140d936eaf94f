package fazhi.testing;

import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.PartyKind;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.ResidentIdNumber;

/** A party: 张三 with a valid identity number unless told otherwise, or 锦和砂石有限公司 with a valid credit code. */
public final class PartyBuilder {

    public static final String ZHANG_SAN_ID = "110101199003074477";
    public static final String LI_SI_ID = "440524188001010014";
    public static final String SAND_COMPANY_CODE = "91350100M000100Y43";
    public static final String OTHER_COMPANY_CODE = "91110108551385082Q";

    private PartyKind kind;
    private String name;
    private String idNumber;
    private String creditCode;
    private String legalRepresentative;
    private String phone = "13812345678";
    private String address = "锦和镇锦和村3组";

    private PartyBuilder() {
    }

    public static PartyBuilder anIndividual() {
        PartyBuilder builder = new PartyBuilder();
        builder.kind = PartyKind.INDIVIDUAL;
        builder.name = "张三";
        builder.idNumber = ZHANG_SAN_ID;
        return builder;
    }

    public static PartyBuilder anOrganisation() {
        PartyBuilder builder = new PartyBuilder();
        builder.kind = PartyKind.ORGANISATION;
        builder.name = "锦和砂石有限公司";
        builder.creditCode = SAND_COMPANY_CODE;
        builder.legalRepresentative = "王五";
        return builder;
    }

    public PartyBuilder named(String name) {
        this.name = name;
        return this;
    }

    public PartyBuilder withIdNumber(String idNumber) {
        this.idNumber = idNumber;
        return this;
    }

    public PartyBuilder withCreditCode(String creditCode) {
        this.creditCode = creditCode;
        return this;
    }

    public PartyBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public Party build() {
        return new Party(kind, name, idNumber == null ? null : new ResidentIdNumber(idNumber),
                creditCode == null ? null : new CreditCode(creditCode), legalRepresentative, phone, address);
    }
}
