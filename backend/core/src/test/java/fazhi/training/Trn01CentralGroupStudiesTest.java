package fazhi.training;

import fazhi.shared.model.Deadline;
import fazhi.testing.TrainingFixture;
import fazhi.training.model.CentralGroupStudyPolicy;
import fazhi.training.model.SessionType;
import fazhi.training.model.StudyProgress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TrainingFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TRN-01: the central group studies law at least twice a year (the township's minimum); from 1 October the radar
 * warns.
 */
class Trn01CentralGroupStudiesTest {

    private final TrainingFixture world = new TrainingFixture();

    @Test
    void one_study_of_two_is_not_met() {
        StudyProgress progress = CentralGroupStudyPolicy.progress(2025, 1, 2, LocalDate.of(2025, 6, 30));

        assertThat(progress.met()).isFalse();
        assertThat(progress.missing()).isEqualTo(1);
        assertThat(progress.behind()).as("not yet October").isFalse();
    }

    @Test
    void two_studies_of_two_are_met_and_never_behind() {
        StudyProgress progress = CentralGroupStudyPolicy.progress(2025, 2, 2, LocalDate.of(2025, 12, 31));

        assertThat(progress.met()).isTrue();
        assertThat(progress.missing()).isZero();
        assertThat(progress.behind()).isFalse();
    }

    @Test
    void a_year_short_is_behind_from_the_first_of_october_not_the_day_before() {
        assertThat(CentralGroupStudyPolicy.progress(2025, 1, 2, LocalDate.of(2025, 9, 30)).behind()).isFalse();
        assertThat(CentralGroupStudyPolicy.progress(2025, 1, 2, LocalDate.of(2025, 10, 1)).behind()).isTrue();
    }

    @Test
    void the_progress_counts_the_years_central_group_studies_only() {
        // given
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2025, 3, 1)));
        world.service.record(world.staff, JINHE, session(SessionType.LECTURE, LocalDate.of(2025, 4, 1)));
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2024, 5, 1)));

        // when
        StudyProgress progress = world.service.progress(world.staff, JINHE, 2025);

        // then
        assertThat(progress.studies()).isEqualTo(1);
        assertThat(progress.minimum()).isEqualTo(2);
        assertThat(progress.met()).isFalse();
    }

    @Test
    void the_radar_warns_from_the_first_of_october_when_the_year_has_one_study_of_two() {
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2025, 3, 1)));

        world.today(LocalDate.of(2025, 9, 30));
        assertThat(world.service.dueWithin(world.staff, JINHE, Period.ofDays(7))).isEmpty();

        world.today(LocalDate.of(2025, 10, 1));
        List<Deadline> due = world.service.dueWithin(world.staff, JINHE, Period.ofDays(7));
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("CENTRAL_GROUP_STUDIES");
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(d.recordId()).isEqualTo("2025");
        });
    }

    @Test
    void the_radar_is_quiet_once_the_second_study_is_held() {
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2025, 3, 1)));
        world.today(LocalDate.of(2025, 10, 20));
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2025, 10, 20)));

        assertThat(world.service.dueWithin(world.staff, JINHE, Period.ofDays(7))).isEmpty();
    }

    @Test
    void a_township_that_asks_for_three_is_short_with_two() {
        world.minimum = 3;
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2025, 3, 1)));
        world.service.record(world.staff, JINHE, session(SessionType.CENTRAL_GROUP_STUDY, LocalDate.of(2025, 4, 1)));

        assertThat(world.service.progress(world.staff, JINHE, 2025).met()).isFalse();
    }
}
