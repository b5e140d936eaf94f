package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.ChecklistItem;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Close;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseBuilder;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-09: no closing without footage reference, complete documents and certificates shown. */
class Enf09ProcessRecordTest {

    private static final LocalDate DELIVERED = LocalDate.of(2025, 6, 5);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private static EnforcementCaseBuilder aWarnedCase() {
        return aCase().withId("case-1").atVersion(3).notifiedOn(LocalDate.of(2025, 6, 1), warning(), false)
                .decidedOn(DELIVERED, warning(), true).deliveredOn(DELIVERED);
    }

    static Stream<Arguments> incompleteRecords() {
        return Stream.of(
                Arguments.of(new ProcessRecord(null, true, true, true), ChecklistItem.RECORDER_FOOTAGE),
                Arguments.of(new ProcessRecord("记录仪-01", false, true, true), ChecklistItem.DOCUMENTS_COMPLETE),
                Arguments.of(new ProcessRecord("记录仪-01", true, false, true), ChecklistItem.CERTIFICATES_SHOWN));
    }

    @ParameterizedTest
    @MethodSource("incompleteRecords")
    void closing_with_an_item_missing_is_refused_by_enf09_naming_it(ProcessRecord record, String missing) {
        // given
        world.given(aWarnedCase().with(record));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.close(world.officer, JINHE, "case-1",
                3, new Close(DELIVERED)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-09");
        assertThat(refusal.arguments()).containsExactly(missing);
    }

    @Test
    void closing_with_the_full_record_is_allowed_the_uniform_being_recorded_only() {
        // given
        world.given(aWarnedCase().with(new ProcessRecord("记录仪-01", true, true, false)));

        // when
        CaseOverview closed = world.service.close(world.officer, JINHE, "case-1", 3, new Close(DELIVERED));

        // then
        assertThat(closed.enforcementCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.enforcementCase().closedOn()).isEqualTo(DELIVERED);
    }

    @Test
    void the_record_is_kept_through_record_process_and_shown_as_a_checklist() {
        // given
        world.given(aWarnedCase());

        // when
        CaseOverview recorded = world.service.recordProcess(world.officer, JINHE, "case-1", 3,
                new ProcessRecord(" 记录仪-2025-06-05 ", true, false, true));

        // then
        assertThat(recorded.enforcementCase().processRecord().recorderFootageRef()).isEqualTo("记录仪-2025-06-05");
        assertThat(recorded.closeChecklist()).containsExactly(
                new ChecklistItem(ChecklistItem.RECORDER_FOOTAGE, true, true),
                new ChecklistItem(ChecklistItem.DOCUMENTS_COMPLETE, true, true),
                new ChecklistItem(ChecklistItem.CERTIFICATES_SHOWN, false, true),
                new ChecklistItem(ChecklistItem.UNIFORM_WORN, true, false));
        assertThat(world.auditLog.last().action()).isEqualTo("enforcement-case.process-recorded");
    }

    @Test
    void the_record_points_to_the_cases_files_a_footage_file_standing_for_the_reference() {
        // given
        world.given(aWarnedCase());
        world.files.upload(JINHE, "case-1", "file-footage");
        world.files.upload(JINHE, "case-1", "file-decision");
        world.files.upload(JINHE, "case-1", "file-receipt");

        // when
        CaseOverview recorded = world.service.recordProcess(world.officer, JINHE, "case-1", 3, new ProcessRecord(
                null, "file-footage", true, List.of("file-decision", "file-receipt", "file-decision"), true, false));

        // then
        ProcessRecord kept = recorded.enforcementCase().processRecord();
        assertThat(kept.recorderFootageFile()).isEqualTo("file-footage");
        assertThat(kept.documentFiles()).containsExactly("file-decision", "file-receipt");
        assertThat(kept.missing()).isEmpty();
        assertThat(world.service.close(world.officer, JINHE, "case-1", 4, new Close(DELIVERED))
                .enforcementCase().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void a_file_that_is_not_the_cases_is_refused_naming_the_field_that_points_to_it() {
        // given
        world.given(aWarnedCase());
        world.files.upload(JINHE, "case-1", "file-decision");
        world.files.upload(JINHE, "case-2", "file-of-another-case");

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.recordProcess(world.officer, JINHE,
                "case-1", 3, new ProcessRecord(null, "file-of-another-case", true,
                        List.of("file-decision", "no-such-file"), true, true)));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("recorderFootageFile", "documentFiles");
        assertThat(refusal.violations().get(1).arguments()).containsExactly("no-such-file");
        assertThat(world.cases.find(JINHE, "case-1").orElseThrow().processRecord()).isEqualTo(ProcessRecord.empty());
    }

    @Test
    void a_blank_footage_reference_counts_as_none() {
        assertThat(new ProcessRecord("  ", true, true, true).missing()).containsExactly(ChecklistItem.RECORDER_FOOTAGE);
    }
}
