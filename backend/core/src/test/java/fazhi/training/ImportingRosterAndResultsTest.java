package fazhi.training;

import fazhi.shared.model.InvalidInput;
import fazhi.testing.TrainingFixture;
import fazhi.training.model.ExamDetails;
import fazhi.training.model.ExamResult;
import fazhi.training.model.ImportCheck;
import fazhi.training.model.ImportedTable;
import fazhi.training.model.RowError;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;
import fazhi.training.port.in.ExamOverview;
import fazhi.training.port.in.RosterQuery;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TrainingFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roster and an exam's results from a file: every line's error listed, a bad file refused whole. */
class ImportingRosterAndResultsTest {

    private final TrainingFixture world = new TrainingFixture();

    private static ImportedTable table(List<String> header, List<List<String>> rows) {
        return new ImportedTable(header, rows);
    }

    @Test
    void a_good_roster_file_adds_everyone() {
        ImportedTable file = table(List.of("姓名", "职务", "部门", "领导干部", "村干部", "在岗日期"), List.of(
                List.of("龙志华", "党委书记", "党政综合办公室", "是", "否", "2020-01-01"),
                List.of("杨春梅", "科员", "综治中心", "否", "否", "2021/3/1")));

        List<StaffMember> added = world.rosterService.importFile(world.staff, JINHE, file);

        assertThat(added).hasSize(2);
        assertThat(added.get(0).details().leadingCadre()).isTrue();
        assertThat(added.get(1).details().activeFrom()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void a_wrong_header_is_the_files_error() {
        ImportCheck<StaffMemberDetails> check = world.rosterService.previewImport(world.staff, JINHE,
                table(List.of("名字", "在岗日期"), List.of(List.of("龙志华", "2020-01-01"))));

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).extracting(RowError::line, RowError::column, RowError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(1, "名字", "training.import.header.unknown"),
                        org.assertj.core.groups.Tuple.tuple(1, "姓名", "training.import.header.missing"));
    }

    @Test
    void a_roster_file_with_a_bad_date_a_bad_yes_no_and_a_duplicate_is_refused_whole_with_every_line() {
        ImportedTable file = table(List.of("姓名", "部门", "领导干部", "在岗日期"), List.of(
                List.of("龙志华", "党政综合办公室", "是", "2020-01-01"),
                List.of("杨春梅", "综治中心", "也许", "2021-03-01"),
                List.of("滕建平", "综治中心", "否", "2021-02-30"),
                List.of("龙志华", "党政综合办公室", "是", "2020-01-01")));

        ImportCheck<StaffMemberDetails> check = world.rosterService.previewImport(world.staff, JINHE, file);

        assertThat(check.errors()).extracting(RowError::line, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "training.import.badYesNo"),
                org.assertj.core.groups.Tuple.tuple(4, "training.import.badDate"),
                org.assertj.core.groups.Tuple.tuple(5, "training.import.duplicate"));
        assertThatThrownBy(() -> world.rosterService.importFile(world.staff, JINHE, file))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(InvalidInput.FieldViolation::field)
                        .containsExactly("rows[3].领导干部", "rows[4].在岗日期", "rows[5]"));
        assertThat(world.roster.all(JINHE, RosterQuery.all())).as("nothing written").isEmpty();
    }

    @Test
    void exam_results_are_matched_to_the_roster_and_a_second_attempt_is_kept() {
        StaffMember a = world.rosterService.add(world.staff, JINHE, person("龙志华", LocalDate.of(2020, 1, 1), null));
        StaffMember b = world.rosterService.add(world.staff, JINHE, person("杨春梅", LocalDate.of(2020, 1, 1), null));
        ExamOverview exam = world.examService.create(world.staff, JINHE, new ExamDetails(2025, "学法考试",
                LocalDate.of(2025, 6, 1), new BigDecimal("60"), "学法平台"));
        ImportedTable file = table(List.of("姓名", "参学", "参考", "成绩"), List.of(
                List.of("龙志华", "是", "是", "55"), List.of("龙志华", "是", "是", "88.5"),
                List.of("杨春梅", "是", "否", "")));

        ExamOverview imported = world.examService.importResults(world.staff, JINHE, exam.exam().id(), 0, file);

        assertThat(imported.exam().results()).extracting(ExamResult::personId).containsExactly(a.id(), a.id(),
                b.id());
        assertThat(imported.rates().participation().percent()).isEqualByComparingTo("100.0");
        assertThat(imported.rates().attendance().percent()).isEqualByComparingTo("50.0");
        assertThat(imported.rates().pass().percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void an_unknown_person_a_bad_number_and_a_duplicate_line_refuse_the_results_whole() {
        world.rosterService.add(world.staff, JINHE, person("龙志华", LocalDate.of(2020, 1, 1), null));
        world.rosterService.add(world.staff, JINHE, person("杨春梅", LocalDate.of(2020, 1, 1), null));
        ExamOverview exam = world.examService.create(world.staff, JINHE, new ExamDetails(2025, "学法考试",
                LocalDate.of(2025, 6, 1), new BigDecimal("60"), "学法平台"));
        ImportedTable file = table(List.of("姓名", "参学", "参考", "成绩"), List.of(
                List.of("龙志华", "是", "是", "88"), List.of("王不在", "是", "是", "70"),
                List.of("杨春梅", "是", "是", "九十"), List.of("龙志华", "是", "是", "88")));

        ImportCheck<ExamResult> check = world.examService.previewResults(world.staff, JINHE, exam.exam().id(), file);

        assertThat(check.errors()).extracting(RowError::line, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "training.import.unknownPerson"),
                org.assertj.core.groups.Tuple.tuple(4, "training.import.badNumber"),
                org.assertj.core.groups.Tuple.tuple(5, "training.import.duplicate"));
        assertThatThrownBy(() -> world.examService.importResults(world.staff, JINHE, exam.exam().id(), 0, file))
                .isInstanceOf(InvalidInput.class);
        assertThat(world.examService.get(world.staff, JINHE, exam.exam().id()).exam().results()).isEmpty();
    }
}
