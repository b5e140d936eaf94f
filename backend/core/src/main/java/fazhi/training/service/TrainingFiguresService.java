package fazhi.training.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.Clock;
import fazhi.training.model.CentralGroupStudyPolicy;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.TrainingFigures;
import fazhi.training.model.VenueKind;
import fazhi.training.port.in.ReadingTrainingFigures;
import fazhi.training.port.out.TrainingFiguresRepository;
import fazhi.training.port.out.TrainingFiguresRepository.SessionTally;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;

public class TrainingFiguresService implements ReadingTrainingFigures {

    private final TrainingFiguresRepository repository;
    private final Townships townships;
    private final ToIntFunction<TownshipCode> minimum;
    private final Clock clock;

    public TrainingFiguresService(TrainingFiguresRepository repository, Townships townships,
                                  ToIntFunction<TownshipCode> minimum, Clock clock) {
        this.repository = repository;
        this.townships = townships;
        this.minimum = minimum;
        this.clock = clock;
    }

    @Override
    public TrainingFigures figures(Actor actor, TownshipCode township, int year) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        SessionTally t = repository.sessions(township, year);
        Map<SessionType, Long> byType = every(SessionType.class, t.byType());
        return new TrainingFigures(township, year, byType, every(VenueKind.class, t.byVenue()),
                every(Occasion.class, t.byOccasion()), every(MeetingKind.class, t.meetingsByKind()),
                t.lecturesAtSchools(), t.materialsHandedOut(), t.publicityMaterials(),
                t.meetingsJudicialOfficeHeadAttended(),
                CentralGroupStudyPolicy.progress(year, byType.get(SessionType.CENTRAL_GROUP_STUDY),
                        minimum.applyAsInt(township), clock.today()),
                repository.exams(township, year).stream().map(c -> new TrainingFigures.ExamFigures(c.examId(),
                        c.name(), c.heldOn(), c.rates())).toList());
    }

    private static <E extends Enum<E>> Map<E, Long> every(Class<E> type, Map<E, Long> counted) {
        Map<E, Long> all = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(e -> all.put(e, counted.getOrDefault(e, 0L)));
        return all;
    }
}
