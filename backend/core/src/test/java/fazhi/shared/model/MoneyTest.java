package fazhi.shared.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void an_amount_is_kept_with_two_decimals() {
        // when
        Money money = Money.of("2000");

        // then
        assertThat(money.amount()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(money).hasToString("2000.00");
    }

    @Test
    void an_amount_with_one_and_a_half_yuan_written_as_1_50_is_accepted() {
        // when
        Money money = Money.of("1.50");

        // then
        assertThat(money.amount()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void trailing_zeros_beyond_the_fen_are_accepted() {
        // when
        Money money = Money.of("1.500");

        // then
        assertThat(money).isEqualTo(Money.of("1.50"));
    }

    @Test
    void an_amount_finer_than_the_fen_is_rejected() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> Money.of("1.005"));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("amount");
                    assertThat(v.messageKey()).isEqualTo("money.scale");
                });
    }

    @Test
    void text_that_is_not_a_number_is_rejected() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> Money.of("两千"));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("money.format"));
    }

    @Test
    void multiplying_rounds_half_up_to_the_fen() {
        // given
        Money fine = Money.of("0.05");

        // when
        Money half = fine.times(new BigDecimal("0.5"));

        // then: 0.025 rounds up, not to the even 0.02
        assertThat(half).isEqualTo(Money.of("0.03"));
    }

    @Test
    void a_daily_surcharge_of_three_percent_is_computed_to_the_fen() {
        // given
        Money fine = Money.of("333.33");

        // when
        Money surcharge = fine.times(new BigDecimal("0.03"));

        // then: 9.9999 rounds to 10.00
        assertThat(surcharge).isEqualTo(Money.of("10.00"));
    }

    @Test
    void min_answers_the_smaller_amount_whichever_side_it_is_on() {
        // given
        Money surcharge = Money.of("3600.00");
        Money fine = Money.of("2000.00");

        // then
        assertThat(surcharge.min(fine)).isEqualTo(fine);
        assertThat(fine.min(surcharge)).isEqualTo(fine);
    }

    @Test
    void plus_and_minus_keep_two_decimals() {
        // given
        Money fine = Money.of("200");

        // then
        assertThat(fine.plus(Money.of("0.5")).amount()).isEqualTo(new BigDecimal("200.50"));
        assertThat(fine.minus(Money.of("0.01")).amount()).isEqualTo(new BigDecimal("199.99"));
    }

    @Test
    void comparing_ignores_how_the_amount_was_written() {
        // then
        assertThat(Money.of("200").isGreaterThan(Money.of("199.99"))).isTrue();
        assertThat(Money.of("200").isGreaterThan(Money.of("200.00"))).isFalse();
        assertThat(Money.ZERO).isEqualTo(Money.of("0"));
    }
}
