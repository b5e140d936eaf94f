package fazhi.training.port.out;

import fazhi.shared.model.TownshipCode;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.TrainingFigures.ExamCounts;
import fazhi.training.model.VenueKind;

import java.util.List;
import java.util.Map;

/** The counts behind the training figures, made by the database (aggregates, not rows loaded and counted). */
public interface TrainingFiguresRepository {

    /** The year's sessions by type, venue, occasion and (meetings) kind, with materials summed. */
    SessionTally sessions(TownshipCode township, int year);

    /** TRN-02's counts of each exam of the year: the roster active on its day, each person by their best attempt. */
    List<ExamCounts> exams(TownshipCode township, int year);

    record SessionTally(Map<SessionType, Long> byType, Map<VenueKind, Long> byVenue, Map<Occasion, Long> byOccasion,
                        Map<MeetingKind, Long> meetingsByKind, long lecturesAtSchools, long materialsHandedOut,
                        long publicityMaterials, long meetingsJudicialOfficeHeadAttended) {
    }
}
