package fazhi.contract;

import fazhi.contract.model.AmendmentStatus;
import fazhi.contract.model.AmendmentTerms;
import fazhi.contract.model.ContractTerm;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.Milestone;
import fazhi.contract.model.MilestoneKind;
import fazhi.contract.model.MilestoneStatus;
import fazhi.contract.model.Payment;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ManagingContracts.Approve;
import fazhi.contract.port.in.ManagingContracts.ProposeAmendment;
import fazhi.contract.port.in.ManagingContracts.RecordPayment;
import fazhi.contract.port.in.ManagingContracts.Sign;
import fazhi.contract.port.in.ManagingContracts.SubmitForReview;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.ContractDetailsBuilder;
import fazhi.testing.ContractFixture;
import fazhi.testing.RecordingReviewSubmissions.Submitted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ContractBuilder.SIGNED;
import static fazhi.testing.ContractBuilder.aContract;
import static fazhi.testing.ContractDetailsBuilder.contractDetails;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CON-02: a signed contract's parties, amount and dates change only through an amendment (补充协议), reviewed like a
 * contract (major when the amended contract is) and, once signed, changing the contract; every version is kept;
 * what is paid never exceeds the amount as amended.
 */
class Con02AmendmentTest {

    private static final Sign SIGN = new Sign(null, List.of("赵镇长", "王建兴"), "amendment-file");

    private final ContractFixture world = new ContractFixture();

    private AmendmentTerms terms(String amount) {
        ContractDetailsBuilder details = contractDetails();
        return new AmendmentTerms(details.build().counterparty(), Money.of(amount),
                new ContractTerm(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void a_direct_edit_of_a_signed_contracts_amount_is_refused() {
        // given
        world.given(aContract().performing());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.edit(world.staff, JINHE,
                "contract-1", 3, contractDetails().worth("350000.00").build()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("CON-02");
        assertThat(refusal.legalBasis()).isEqualTo(Rule.CON_02.legalBasis());
        assertThat(refusal.arguments()).containsExactly("amount");
        assertThat(world.contracts.stored("contract-1").details().amount()).isEqualTo(Money.of("300000.00"));
    }

    @Test
    void a_direct_edit_of_a_signed_contracts_counterparty_or_term_is_refused_too() {
        // given
        world.given(aContract().performing());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.edit(world.staff, JINHE,
                "contract-1", 3, contractDetails().withAPerson()
                        .running(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)).build()));

        // then
        assertThat(refusal.arguments()).containsExactly("counterparty, term");
    }

    @Test
    void a_signed_contract_still_takes_a_new_responsible_person_but_not_a_new_type() {
        // given
        world.given(aContract().performing());

        // when
        ContractOverview edited = world.service.edit(world.staff, JINHE, "contract-1", 3,
                contractDetails().handledBy("田晓燕").build());
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.edit(world.staff, JINHE, "contract-1",
                4, contractDetails().ofType(ContractType.SERVICES).build()));

        // then
        assertThat(edited.contract().details().responsiblePerson()).isEqualTo("田晓燕");
        assertThat(refusal.violations().get(0).field()).isEqualTo("type");
    }

    @Test
    void an_amendment_signed_changes_the_contract_and_every_version_is_kept() {
        // given
        world.given(aContract().performing());

        // when
        world.service.proposeAmendment(world.staff, JINHE, "contract-1", 3, new ProposeAmendment("增加工程量补充协议",
                "道路加宽0.5米", terms("340000.00")));
        assertThat(world.contracts.stored("contract-1").details().amount()).isEqualTo(Money.of("300000.00"));
        world.service.approveAmendment(world.leader, JINHE, "contract-1", 4, 1, new Approve(null, "同意"));
        ContractOverview signed = world.service.signAmendment(world.staff, JINHE, "contract-1", 5, 1, SIGN);

        // then
        assertThat(signed.contract().details().amount()).isEqualTo(Money.of("340000.00"));
        assertThat(signed.contract().details().term().endOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(signed.amendments().get(0).amendment().status()).isEqualTo(AmendmentStatus.SIGNED);
        assertThat(signed.versions()).extracting(v -> v.version().number()).containsExactly(1, 2);
        assertThat(signed.versions().get(0).version().terms().amount()).isEqualTo(Money.of("300000.00"));
        assertThat(signed.versions().get(0).version().effectiveOn()).isEqualTo(SIGNED);
        assertThat(signed.versions().get(1).version().amendmentNumber()).isEqualTo(1);
        assertThat(signed.versions().get(1).version().effectiveOn()).isEqualTo(ContractFixture.TODAY);
        assertThat(world.auditLog.last().action()).isEqualTo("contract.amendment-signed");
        assertThat(world.auditLog.last().changes().get("amount").after()).isEqualTo("340000.00");
        assertThat(signed.contract().filesPointedTo()).containsExactly("signed-file", "amendment-file");
    }

    @Test
    void an_amendment_that_makes_the_contract_major_is_reviewed_like_a_contract() {
        // given
        world.given(aContract().performing());
        world.service.proposeAmendment(world.staff, JINHE, "contract-1", 3, new ProposeAmendment("扩大工程规模补充协议",
                "增加3公里", terms("520000.00")));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.approveAmendment(world.leader,
                JINHE, "contract-1", 4, 1, new Approve(null, null)));
        ContractOverview submitted = world.service.submitAmendmentForReview(world.staff, JINHE, "contract-1", 4, 1,
                new SubmitForReview(List.of("补充协议文本（送审稿）"), "sun.reviewer"));
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1#1", ReviewOutcome.APPROVED);
        world.service.approveAmendment(world.leader, JINHE, "contract-1", 5, 1, new Approve(null, null));
        ContractOverview signed = world.service.signAmendment(world.staff, JINHE, "contract-1", 6, 1, SIGN);

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-03");
        assertThat(submitted.amendments().get(0).majority().major()).isTrue();
        Submitted handed = world.reviews.submitted().get(0);
        assertThat(handed.submission().subjectType()).isEqualTo(SubjectType.CONTRACT);
        assertThat(handed.submission().subjectRef()).isEqualTo("contract-1#1");
        assertThat(handed.submission().subjectTitle()).isEqualTo("锦和合〔2025〕第1号 补充协议（第1号） 扩大工程规模补充协议");
        assertThat(signed.majority().major()).isTrue();
        assertThat(signed.contract().details().amount()).isEqualTo(Money.of("520000.00"));
    }

    @Test
    void a_rejected_amendment_review_blocks_its_signing() {
        // given
        world.given(aContract().performing());
        world.service.proposeAmendment(world.staff, JINHE, "contract-1", 3, new ProposeAmendment("补充协议", "理由",
                terms("310000.00")));
        world.service.submitAmendmentForReview(world.staff, JINHE, "contract-1", 4, 1,
                new SubmitForReview(List.of("补充协议文本"), null));
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1#1", ReviewOutcome.REJECTED);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.approveAmendment(world.leader,
                JINHE, "contract-1", 5, 1, new Approve(null, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
    }

    @Test
    void one_amendment_at_a_time_and_only_while_the_contract_is_performed() {
        // given
        world.given(aContract().performing());
        world.given(aContract().withId("contract-2").numbered(2).approved());
        world.service.proposeAmendment(world.staff, JINHE, "contract-1", 3, new ProposeAmendment("补充协议", "理由",
                terms("310000.00")));

        // when
        InvalidInput second = thrown(InvalidInput.class, () -> world.service.proposeAmendment(world.staff, JINHE,
                "contract-1", 4, new ProposeAmendment("又一份", "理由", terms("320000.00"))));
        InvalidInput unsigned = thrown(InvalidInput.class, () -> world.service.proposeAmendment(world.staff, JINHE,
                "contract-2", 3, new ProposeAmendment("补充协议", "理由", terms("320000.00"))));

        // then
        assertThat(second.violations().get(0).messageKey()).isEqualTo("contract.amendment.open");
        assertThat(unsigned.violations().get(0).messageKey()).isEqualTo("contract.notPerforming");
    }

    @Test
    void payments_never_exceed_the_amount_as_amended() {
        // given: 300 000.00 planned as 200 000.00 + 100 000.00, 150 000.00 paid
        world.given(aContract().performing()
                .withMilestone(Milestone.planned(1, MilestoneKind.PAYMENT, "进度款", LocalDate.of(2025, 7, 15),
                        Money.of("200000.00")))
                .withMilestone(Milestone.planned(2, MilestoneKind.PAYMENT, "结算款", LocalDate.of(2025, 12, 15),
                        Money.of("100000.00")))
                .withPayment(new Payment(1, 1, LocalDate.of(2025, 6, 20), Money.of("150000.00"), null, "staff")));
        // the amendment brings the amount down to 220 000.00
        world.service.proposeAmendment(world.staff, JINHE, "contract-1", 3, new ProposeAmendment("核减工程量补充协议",
                "取消5组段", terms("220000.00")));
        world.service.approveAmendment(world.leader, JINHE, "contract-1", 4, 1, new Approve(null, null));
        world.service.signAmendment(world.staff, JINHE, "contract-1", 5, 1, SIGN);

        // when: 50 000.00 more on the first milestone is still within it, and within 220 000.00
        ContractOverview paid = world.service.recordPayment(world.staff, JINHE, "contract-1", 6,
                new RecordPayment(1, null, Money.of("50000.00"), "锦财付〔2025〕0630号"));
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.recordPayment(world.staff, JINHE,
                "contract-1", 7, new RecordPayment(2, null, Money.of("20000.01"), null)));

        // then
        assertThat(paid.performance().paid()).isEqualTo(Money.of("200000.00"));
        assertThat(paid.performance().unpaid()).isEqualTo(Money.of("20000.00"));
        assertThat(paid.milestones().get(0).status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(refusal.ruleId()).isEqualTo("CON-02");
        assertThat(refusal.arguments()).containsExactly("20,000.01", "220,000.00", "20,000.00");
        ContractOverview last = world.service.recordPayment(world.staff, JINHE, "contract-1", 7,
                new RecordPayment(2, null, Money.of("20000.00"), null));
        assertThat(last.performance().unpaid()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_amendment_is_not_set_below_what_was_paid() {
        // given
        world.given(aContract().performing()
                .withMilestone(Milestone.planned(1, MilestoneKind.PAYMENT, "预付款", LocalDate.of(2025, 7, 1),
                        Money.of("100000.00")))
                .withPayment(new Payment(1, 1, LocalDate.of(2025, 6, 20), Money.of("100000.00"), null, "staff")));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.proposeAmendment(world.staff, JINHE,
                "contract-1", 3, new ProposeAmendment("核减", "理由", terms("90000.00"))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("CON-02");
        assertThat(refusal.messageKey()).isEqualTo("contract.con02.amountBelowPaid");
    }

    @Test
    void a_payment_stays_within_its_milestone_and_only_on_a_payment_milestone() {
        // given
        world.given(aContract().performing()
                .withMilestone(Milestone.planned(1, MilestoneKind.PAYMENT, "预付款", LocalDate.of(2025, 7, 1),
                        Money.of("90000.00")))
                .withMilestone(Milestone.planned(2, MilestoneKind.ACCEPTANCE, "竣工验收", LocalDate.of(2025, 12, 1),
                        null)));

        // when
        InvalidInput over = thrown(InvalidInput.class, () -> world.service.recordPayment(world.staff, JINHE,
                "contract-1", 3, new RecordPayment(1, null, Money.of("90000.01"), null)));
        InvalidInput notPayment = thrown(InvalidInput.class, () -> world.service.recordPayment(world.staff, JINHE,
                "contract-1", 3, new RecordPayment(2, null, Money.of("100.00"), null)));
        InvalidInput unknown = thrown(InvalidInput.class, () -> world.service.recordPayment(world.staff, JINHE,
                "contract-1", 3, new RecordPayment(9, null, Money.of("100.00"), null)));

        // then
        assertThat(over.violations().get(0).field()).isEqualTo("amount");
        assertThat(over.violations().get(0).arguments()).containsExactly("90,000.00");
        assertThat(notPayment.violations().get(0).field()).isEqualTo("milestoneNumber");
        assertThat(unknown.violations().get(0).field()).isEqualTo("number");
    }

    @Test
    void payment_milestones_are_planned_within_the_amount() {
        // given
        world.given(aContract());

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.addMilestone(world.staff, JINHE,
                "contract-1", 3, new fazhi.contract.port.in.ManagingContracts.AddMilestone(MilestoneKind.PAYMENT,
                        "全款", LocalDate.of(2025, 8, 1), Money.of("300000.01"))));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("amount");
    }
}
