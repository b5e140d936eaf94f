package fazhi.adapter.rest.training;

import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.TrainingFigures;
import fazhi.training.model.VenueKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Schema(name = "TrainingFiguresView", description = "The training figures of a township's year (the seed's 一(二)), "
        + "counted by the database: sessions by type, venue and occasion (every value present, 0 where none), "
        + "lectures at schools and kindergartens, materials handed out, meetings by kind, TRN-01's central group "
        + "studies and each exam of the year with TRN-02's rates",
        requiredProperties = {"township", "year", "sessionsByType", "sessionsByVenue", "sessionsByOccasion",
                "meetingsByKind", "centralGroupStudies", "legalUnderstanderTrainings", "lecturesAtSchools",
                "microLectures", "publicityEvents", "materialsHandedOut", "publicityMaterials", "meetings",
                "stabilitySecurityMeetings", "meetingsJudicialOfficeHeadAttended", "centralGroupStudyProgress",
                "exams"})
public record TrainingFiguresView(
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2025") int year,
        Map<SessionType, Long> sessionsByType,
        Map<VenueKind, Long> sessionsByVenue,
        Map<Occasion, Long> sessionsByOccasion,
        Map<MeetingKind, Long> meetingsByKind,
        @Schema(description = "中心组学法", examples = "2") long centralGroupStudies,
        @Schema(description = "法律明白人培训", examples = "1") long legalUnderstanderTrainings,
        @Schema(description = "Lectures (法治专题讲座) at primary and middle schools and kindergartens", examples = "12")
        long lecturesAtSchools,
        @Schema(description = "微宣讲", examples = "6") long microLectures,
        @Schema(description = "法治宣传活动", examples = "6") long publicityEvents,
        @Schema(description = "Materials handed out at every session (份)", examples = "3380") long materialsHandedOut,
        @Schema(description = "Materials handed out at publicity events (份)", examples = "3260")
        long publicityMaterials,
        @Schema(examples = "14") long meetings,
        @Schema(description = "维稳安保会议", examples = "12") long stabilitySecurityMeetings,
        @Schema(description = "Meetings the head of the judicial office attended (列席)", examples = "4")
        long meetingsJudicialOfficeHeadAttended,
        StudyProgressView centralGroupStudyProgress,
        List<ExamFiguresView> exams) {

    @Schema(name = "ExamFiguresView", requiredProperties = {"examId", "name", "heldOn", "rates"})
    public record ExamFiguresView(String examId, @Schema(examples = "2025年度国家工作人员学法用法考试") String name,
                                  @Schema(examples = "2025-11-20") LocalDate heldOn, ExamRatesView rates) {
    }

    static TrainingFiguresView of(TrainingFigures f) {
        Map<SessionType, Long> t = f.byType();
        return new TrainingFiguresView(f.township().value(), f.year(), t, f.byVenue(), f.byOccasion(),
                f.meetingsByKind(), t.get(SessionType.CENTRAL_GROUP_STUDY),
                t.get(SessionType.LEGAL_UNDERSTANDER_TRAINING), f.lecturesAtSchools(), t.get(SessionType.MICRO_LECTURE),
                t.get(SessionType.PUBLICITY_EVENT), f.materialsHandedOut(), f.publicityMaterials(),
                t.get(SessionType.MEETING), f.meetingsByKind().get(MeetingKind.STABILITY_SECURITY),
                f.meetingsJudicialOfficeHeadAttended(), StudyProgressView.of(f.centralGroupStudies()),
                f.exams().stream().map(e -> new ExamFiguresView(e.examId(), e.name(), e.heldOn(),
                        ExamRatesView.of(e.rates()))).toList());
    }
}
