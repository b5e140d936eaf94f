package fazhi.training.model;

import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A township's training figures of one year, for the annual report (the seed's 一(二)): sessions by type, venue and
 * occasion, lectures at schools and kindergartens, materials handed out, meetings by kind (and those the judicial
 * office head attended), TRN-01's progress, and each exam of the year with TRN-02's rates. Every type, venue,
 * occasion and kind appears, with zero where there was none.
 */
public record TrainingFigures(TownshipCode township, int year, Map<SessionType, Long> byType,
                              Map<VenueKind, Long> byVenue, Map<Occasion, Long> byOccasion,
                              Map<MeetingKind, Long> meetingsByKind, long lecturesAtSchools,
                              long materialsHandedOut, long publicityMaterials, long meetingsJudicialOfficeHeadAttended,
                              StudyProgress centralGroupStudies, List<ExamFigures> exams) {

    public TrainingFigures {
        Objects.requireNonNull(township);
        byType = Map.copyOf(byType);
        byVenue = Map.copyOf(byVenue);
        byOccasion = Map.copyOf(byOccasion);
        meetingsByKind = Map.copyOf(meetingsByKind);
        exams = List.copyOf(exams);
    }

    /** One exam of the year and TRN-02's rates as the database counted them. */
    public record ExamFigures(String examId, String name, LocalDate heldOn, ExamRates rates) {
    }

    /** What the database counts over one exam: each person once, the roster active on the exam day. */
    public record ExamCounts(String examId, String name, LocalDate heldOn, long required, long studied, long sat,
                             long passed, long notRequired) {

        public ExamRates rates() {
            return new ExamRates(required, studied, sat, passed, Rate.of(studied, required), Rate.of(sat, required),
                    Rate.of(passed, sat), notRequired);
        }
    }
}
