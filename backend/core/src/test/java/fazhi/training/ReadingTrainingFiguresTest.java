package fazhi.training;

import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.TrainingFixture;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.SessionType;
import fazhi.training.model.TrainingFigures;
import fazhi.training.model.TrainingFigures.ExamCounts;
import fazhi.training.model.VenueKind;
import fazhi.training.port.out.TrainingFiguresRepository;
import fazhi.training.service.TrainingFiguresService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The year's training figures from the database's counts: every value present, TRN-01 and TRN-02 decided here. */
class ReadingTrainingFiguresTest {

    private final TrainingFixture world = new TrainingFixture();
    private final TrainingFiguresRepository counts = new TrainingFiguresRepository() {
        @Override
        public SessionTally sessions(fazhi.shared.model.TownshipCode township, int year) {
            return new SessionTally(Map.of(SessionType.CENTRAL_GROUP_STUDY, 1L, SessionType.MEETING, 12L),
                    Map.of(VenueKind.TOWNSHIP_OFFICE, 13L), Map.of(), Map.of(MeetingKind.STABILITY_SECURITY, 12L), 0,
                    0, 0, 4);
        }

        @Override
        public List<ExamCounts> exams(fazhi.shared.model.TownshipCode township, int year) {
            return List.of(new ExamCounts("e1", "学法考试", LocalDate.of(2025, 11, 20), 40, 40, 0, 0, 1));
        }
    };
    private final TrainingFiguresService service = new TrainingFiguresService(counts, world.townships,
            township -> 2, world.clock);

    @Test
    void every_type_appears_and_trn01_and_trn02_are_decided_from_the_counts() {
        world.today(LocalDate.of(2025, 10, 8));

        TrainingFigures figures = service.figures(world.staff, JINHE, 2025);

        assertThat(figures.byType()).containsEntry(SessionType.LECTURE, 0L).containsEntry(SessionType.MEETING, 12L);
        assertThat(figures.meetingsByKind()).containsEntry(MeetingKind.LEADING_GROUP, 0L);
        assertThat(figures.centralGroupStudies().behind()).as("1 of 2 in October").isTrue();
        assertThat(figures.exams().get(0).rates().participation().percent()).isEqualByComparingTo("100.0");
        assertThat(figures.exams().get(0).rates().pass()).as("nobody sat: absent").isNull();
    }

    @Test
    void another_townships_figures_are_not_found_and_every_role_of_the_township_reads() {
        assertThatThrownBy(() -> service.figures(world.staff, GAOCUN, 2025)).isInstanceOf(RecordNotFound.class);
        assertThat(service.figures(a(Role.AUDITOR).of(JINHE).build(), JINHE, 2025).year()).isEqualTo(2025);
        assertThatThrownBy(() -> world.rosterService.add(a(Role.AUDITOR).of(JINHE).build(), JINHE,
                TrainingFixture.person("龙志华", LocalDate.of(2020, 1, 1), null))).isInstanceOf(AccessDenied.class);
    }
}
