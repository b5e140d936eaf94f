package fazhi.training;

import fazhi.shared.model.InvalidInput;
import fazhi.training.model.ExamDetails;
import fazhi.training.model.ExamRates;
import fazhi.training.model.ExamRatesPolicy;
import fazhi.training.model.ExamResult;
import fazhi.training.model.Rate;
import fazhi.training.model.StaffMember;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TrainingFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TRN-02: 参学率 = studied / required, 参考率 = sat / required, 及格率 = passed / sat; each person once, by their best
 * attempt; required = the roster active on the exam day; a rate of nobody is absent, never 0 %.
 */
class Trn02ExamRatesTest {

    private static final LocalDate EXAM_DAY = LocalDate.of(2025, 11, 20);
    private static final ExamDetails EXAM = new ExamDetails(2025, "2025年度国家工作人员学法考试", EXAM_DAY,
            new BigDecimal("60"), "湖南省国家工作人员学法考试系统");

    private static StaffMember member(String id, LocalDate from, LocalDate to) {
        return StaffMember.add(id, JINHE, person("人员" + id, from, to));
    }

    private static List<StaffMember> onTheRoster(int count) {
        List<StaffMember> roster = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            roster.add(member("p" + i, LocalDate.of(2020, 1, 1), null));
        }
        return roster;
    }

    private static ExamResult sat(String id, String score) {
        return new ExamResult(id, true, true, new BigDecimal(score));
    }

    @Test
    void the_roster_active_on_the_exam_day_is_required_not_who_left_before_or_joined_after() {
        // given: one leaves in March, one joins in December, one leaves the day after the exam
        List<StaffMember> roster = new ArrayList<>(onTheRoster(3));
        roster.add(member("left", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 31)));
        roster.add(member("joined", LocalDate.of(2025, 12, 1), null));
        roster.add(member("lastDay", LocalDate.of(2020, 1, 1), EXAM_DAY));
        List<ExamResult> results = List.of(sat("p0", "90"), sat("p1", "80"), sat("p2", "70"), sat("lastDay", "65"),
                sat("left", "99"));

        // when
        ExamRates rates = ExamRatesPolicy.rates(EXAM, roster, results);

        // then
        assertThat(rates.required()).isEqualTo(4);
        assertThat(rates.sat()).isEqualTo(4);
        assertThat(rates.attendance()).isEqualTo(new Rate(4, 4, new BigDecimal("100.0")));
        assertThat(rates.notRequired()).as("who left in March is in no rate").isEqualTo(1);
    }

    @Test
    void a_person_who_sat_twice_counts_once_with_the_best_attempt() {
        List<StaffMember> roster = onTheRoster(2);
        List<ExamResult> results = List.of(sat("p0", "45"), sat("p0", "75"), new ExamResult("p1", true, false, null));

        ExamRates rates = ExamRatesPolicy.rates(EXAM, roster, results);

        assertThat(rates.studied()).isEqualTo(2);
        assertThat(rates.sat()).isEqualTo(1);
        assertThat(rates.passed()).isEqualTo(1);
        assertThat(rates.participation().percent()).isEqualByComparingTo("100.0");
        assertThat(rates.attendance()).isEqualTo(new Rate(1, 2, new BigDecimal("50.0")));
        assertThat(rates.pass()).isEqualTo(new Rate(1, 1, new BigDecimal("100.0")));
    }

    @Test
    void the_pass_mark_itself_passes() {
        ExamRates rates = ExamRatesPolicy.rates(EXAM, onTheRoster(2), List.of(sat("p0", "60"), sat("p1", "59.99")));

        assertThat(rates.passed()).isEqualTo(1);
        assertThat(rates.pass().percent()).isEqualByComparingTo("50.0");
    }

    @Test
    void nobody_sitting_leaves_the_pass_rate_absent_not_zero() {
        ExamRates rates = ExamRatesPolicy.rates(EXAM, onTheRoster(3), List.of(new ExamResult("p0", true, false, null)));

        assertThat(rates.sat()).isZero();
        assertThat(rates.attendance().percent()).isEqualByComparingTo("0.0");
        assertThat(rates.pass()).as("no division by zero").isNull();
    }

    @Test
    void an_empty_roster_has_no_rate_at_all() {
        ExamRates rates = ExamRatesPolicy.rates(EXAM, List.of(), List.of());

        assertThat(rates.participation()).isNull();
        assertThat(rates.attendance()).isNull();
        assertThat(rates.pass()).isNull();
    }

    @Test
    void percentages_round_half_up_to_one_decimal_and_keep_the_exact_fraction() {
        assertThat(Rate.of(2, 3)).isEqualTo(new Rate(2, 3, new BigDecimal("66.7")));
        assertThat(Rate.of(1, 3).percent()).isEqualByComparingTo("33.3");
        assertThat(Rate.of(1, 8).percent()).as("12.5 exactly").isEqualByComparingTo("12.5");
        assertThat(Rate.of(1, 16).percent()).as("6.25 rounds up").isEqualByComparingTo("6.3");
        assertThat(Rate.of(39, 40).percent()).isEqualByComparingTo("97.5");
        assertThat(Rate.of(199, 200).percent()).as("99.5, not 100").isEqualByComparingTo("99.5");
        assertThat(Rate.of(1999, 2000).percent()).as("99.95 rounds to 100.0").isEqualByComparingTo("100.0");
    }

    @Test
    void a_score_without_sitting_or_sitting_without_a_score_is_refused() {
        assertThatThrownBy(() -> new ExamResult("p0", true, false, new BigDecimal("80")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ExamResult("p0", true, true, null)).isInstanceOf(InvalidInput.class);
    }
}
