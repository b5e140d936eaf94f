package fazhi.testing;

import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractTerm;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.Counterparty;
import fazhi.contract.model.ProcurementMethod;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Money;
import fazhi.shared.model.ResidentIdNumber;

import java.time.LocalDate;

/**
 * A contract's details: by default the works contract 锦和镇和平村道路硬化工程施工合同 with 麻阳兴旺建筑有限公司 for
 * 300 000.00 (not major), running 2025-07-01 to 2025-12-31, handled by 党政办 and 陈文.
 */
public final class ContractDetailsBuilder {

    public static final String BUILDER_CODE = "91431226MA4L2TH368";
    public static final String PERSON_ID = "110101199003074477";

    private String title = "锦和镇和平村道路硬化工程施工合同";
    private ContractType type = ContractType.WORKS;
    private Counterparty counterparty = Counterparty.organisation("麻阳兴旺建筑有限公司",
            CreditCode.parse("creditCode", BUILDER_CODE), "王建兴", "13907451111", "麻阳县高村镇");
    private Money amount = Money.of("300000.00");
    private LocalDate startOn = LocalDate.of(2025, 7, 1);
    private LocalDate endOn = LocalDate.of(2025, 12, 31);
    private String responsiblePerson = "陈文";
    private ProcurementMethod method = ProcurementMethod.INQUIRY;
    private boolean tendered;

    private ContractDetailsBuilder() {
    }

    public static ContractDetailsBuilder contractDetails() {
        return new ContractDetailsBuilder();
    }

    public ContractDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ContractDetailsBuilder ofType(ContractType type) {
        this.type = type;
        return this;
    }

    public ContractDetailsBuilder worth(String amount) {
        this.amount = Money.of(amount);
        return this;
    }

    public ContractDetailsBuilder running(LocalDate startOn, LocalDate endOn) {
        this.startOn = startOn;
        this.endOn = endOn;
        return this;
    }

    public ContractDetailsBuilder handledBy(String person) {
        this.responsiblePerson = person;
        return this;
    }

    public ContractDetailsBuilder withAPerson() {
        this.counterparty = Counterparty.individual("张三", ResidentIdNumber.parse("idNumber", PERSON_ID),
                "13907452222", "锦和镇和平村3组");
        return this;
    }

    public ContractDetailsBuilder with(Counterparty counterparty) {
        this.counterparty = counterparty;
        return this;
    }

    public ContractDetailsBuilder tendered() {
        this.method = ProcurementMethod.TENDER;
        this.tendered = true;
        return this;
    }

    public ContractDetails build() {
        return new ContractDetails(title, type, counterparty, amount, new ContractTerm(startOn, endOn), "党政办",
                responsiblePerson, method, tendered, null);
    }
}
