package fazhi.contract;

import fazhi.contract.model.ContractType;
import fazhi.contract.model.MajorContractPolicy;
import fazhi.contract.model.MajorReason;
import fazhi.contract.model.Majority;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.in.ContractSummary;
import fazhi.shared.model.Money;
import fazhi.shared.model.PageRequest;
import fazhi.testing.ContractFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static fazhi.testing.ContractDetailsBuilder.contractDetails;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CON-01: a contract is major when its amount reaches the township's threshold (500 000.00 by default) or its type
 * is land, concession, PPP, loan or guarantee; the view says why.
 */
class Con01MajorContractTest {

    private static final Money THRESHOLD = Money.of("500000.00");

    private final ContractFixture world = new ContractFixture();

    @Test
    void one_fen_below_the_threshold_is_not_major() {
        // when
        Majority majority = MajorContractPolicy.assess(ContractType.WORKS, Money.of("499999.99"), THRESHOLD);

        // then
        assertThat(majority.major()).isFalse();
        assertThat(majority.reasons()).isEmpty();
    }

    @Test
    void the_threshold_itself_is_major_by_amount() {
        // when
        Majority majority = MajorContractPolicy.assess(ContractType.WORKS, Money.of("500000.00"), THRESHOLD);

        // then
        assertThat(majority.major()).isTrue();
        assertThat(majority.reasons()).containsExactly(MajorReason.AMOUNT);
        assertThat(majority.threshold()).isEqualTo(THRESHOLD);
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = {"LAND", "CONCESSION", "PPP", "LOAN", "GUARANTEE"})
    void a_major_type_is_major_whatever_the_amount(ContractType type) {
        // when
        Majority majority = MajorContractPolicy.assess(type, Money.of("1.00"), THRESHOLD);

        // then
        assertThat(majority.major()).isTrue();
        assertThat(majority.reasons()).containsExactly(MajorReason.TYPE);
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = {"GOODS", "SERVICES", "WORKS", "LEASE", "COOPERATION", "OTHER"})
    void other_types_are_major_only_by_amount(ContractType type) {
        // then
        assertThat(MajorContractPolicy.assess(type, Money.of("499999.99"), THRESHOLD).major()).isFalse();
        assertThat(MajorContractPolicy.assess(type, Money.of("500000.00"), THRESHOLD).major()).isTrue();
    }

    @Test
    void a_major_type_above_the_threshold_has_both_reasons() {
        // when
        Majority majority = MajorContractPolicy.assess(ContractType.LAND, Money.of("800000.00"), THRESHOLD);

        // then
        assertThat(majority.reasons()).containsExactly(MajorReason.AMOUNT, MajorReason.TYPE);
    }

    @Test
    void the_contracts_view_says_why_it_is_major() {
        // when
        ContractOverview registered = world.service.register(world.staff, JINHE,
                contractDetails().worth("500000.00").build());

        // then
        assertThat(registered.majority().major()).isTrue();
        assertThat(registered.majority().reasons()).containsExactly(MajorReason.AMOUNT);
        assertThat(registered.majority().threshold()).isEqualTo(THRESHOLD);
    }

    @Test
    void the_threshold_is_the_townships_setting_when_the_rule_decides() {
        // given
        ContractOverview registered = world.service.register(world.staff, JINHE,
                contractDetails().worth("300000.00").build());
        assertThat(registered.majority().major()).isFalse();

        // when
        world.settings("300000.00", 30);

        // then
        ContractOverview read = world.service.get(world.staff, JINHE, registered.contract().id());
        assertThat(read.majority().major()).isTrue();
        assertThat(read.majority().threshold()).isEqualTo(Money.of("300000.00"));
        ContractSummary listed = world.service.list(world.staff, JINHE,
                new ContractQuery(null, null, true, null, null, null, null),
                PageRequest.of(0, 20, null, ContractQuery.SORTABLE, ContractQuery.DEFAULT_SORT)).items().get(0);
        assertThat(listed.majority().major()).isTrue();
    }
}
