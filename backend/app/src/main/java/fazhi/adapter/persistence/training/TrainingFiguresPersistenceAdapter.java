package fazhi.adapter.persistence.training;

import fazhi.shared.model.TownshipCode;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionType;
import fazhi.training.model.TrainingFigures.ExamCounts;
import fazhi.training.model.VenueKind;
import fazhi.training.port.out.TrainingFiguresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The training figures in SQL: the year's sessions grouped once by type, venue, occasion and meeting kind (a few dozen
 * groups, read from the held_on index), and TRN-02 per exam: each person's best attempt grouped in the database, the
 * roster active on the exam day joined there.
 */
@ApplicationScoped
public class TrainingFiguresPersistenceAdapter implements TrainingFiguresRepository {

    private final EntityManager em;

    public TrainingFiguresPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public SessionTally sessions(TownshipCode township, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("""
                        SELECT session_type, venue_kind, occasion, meeting_kind, COUNT(*), SUM(materials_count),
                               SUM(CASE WHEN judicial_office_head_attended THEN 1 ELSE 0 END)
                          FROM training_sessions
                         WHERE township = ?1 AND held_on >= ?2 AND held_on <= ?3
                         GROUP BY session_type, venue_kind, occasion, meeting_kind""")
                .setParameter(1, township.value()).setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year, 12, 31)).getResultList();
        Map<SessionType, Long> byType = new EnumMap<>(SessionType.class);
        Map<VenueKind, Long> byVenue = new EnumMap<>(VenueKind.class);
        Map<Occasion, Long> byOccasion = new EnumMap<>(Occasion.class);
        Map<MeetingKind, Long> byKind = new EnumMap<>(MeetingKind.class);
        long lectures = 0;
        long materials = 0;
        long publicity = 0;
        long judicialHead = 0;
        for (Object[] g : groups) {
            SessionType type = SessionType.valueOf((String) g[0]);
            VenueKind venue = VenueKind.valueOf((String) g[1]);
            long count = ((Number) g[4]).longValue();
            long handedOut = g[5] == null ? 0 : ((Number) g[5]).longValue();
            byType.merge(type, count, Long::sum);
            byVenue.merge(venue, count, Long::sum);
            byOccasion.merge(Occasion.valueOf((String) g[2]), count, Long::sum);
            if (g[3] != null) {
                byKind.merge(MeetingKind.valueOf((String) g[3]), count, Long::sum);
            }
            if (type == SessionType.LECTURE && (venue == VenueKind.SCHOOL || venue == VenueKind.KINDERGARTEN)) {
                lectures += count;
            }
            materials += handedOut;
            if (type == SessionType.PUBLICITY_EVENT) {
                publicity += handedOut;
            }
            judicialHead += g[6] == null ? 0 : ((Number) g[6]).longValue();
        }
        return new SessionTally(byType, byVenue, byOccasion, byKind, lectures, materials, publicity, judicialHead);
    }

    @Override
    public List<ExamCounts> exams(TownshipCode township, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.id, e.name, e.held_on,
                               (SELECT COUNT(*) FROM training_personnel p
                                 WHERE p.township = e.township AND p.active_from <= e.held_on
                                   AND (p.active_to IS NULL OR p.active_to >= e.held_on)),
                               COUNT(CASE WHEN b.active = 1 AND b.studied = 1 THEN 1 END),
                               COUNT(CASE WHEN b.active = 1 AND b.sat = 1 THEN 1 END),
                               COUNT(CASE WHEN b.active = 1 AND b.sat = 1 AND b.best >= e.pass_mark THEN 1 END),
                               COUNT(CASE WHEN b.active = 0 THEN 1 END)
                          FROM training_exams e
                          LEFT JOIN (
                                SELECT r.exam_id, r.person_id, MAX(CASE WHEN r.studied THEN 1 ELSE 0 END) studied,
                                       MAX(CASE WHEN r.sat THEN 1 ELSE 0 END) sat,
                                       MAX(CASE WHEN r.sat THEN r.score END) best,
                                       MAX(CASE WHEN p.id IS NULL THEN 0 ELSE 1 END) active
                                  FROM training_exam_results r
                                  JOIN training_exams x ON x.id = r.exam_id
                                  LEFT JOIN training_personnel p ON p.id = r.person_id AND p.township = x.township
                                        AND p.active_from <= x.held_on
                                        AND (p.active_to IS NULL OR p.active_to >= x.held_on)
                                 WHERE x.township = ?1 AND x.exam_year = ?2
                                 GROUP BY r.exam_id, r.person_id) b ON b.exam_id = e.id
                         WHERE e.township = ?1 AND e.exam_year = ?2
                         GROUP BY e.id, e.name, e.held_on, e.township, e.pass_mark
                         ORDER BY e.held_on, e.id""")
                .setParameter(1, township.value()).setParameter(2, year).getResultList();
        return rows.stream().map(r -> new ExamCounts((String) r[0], (String) r[1], day(r[2]), n(r[3]), n(r[4]),
                n(r[5]), n(r[6]), n(r[7]))).toList();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
