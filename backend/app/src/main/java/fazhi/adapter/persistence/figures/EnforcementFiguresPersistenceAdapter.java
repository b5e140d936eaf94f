package fazhi.adapter.persistence.figures;

import fazhi.enforcement.figures.model.EnforcementFigures.DecisionTally;
import fazhi.enforcement.figures.model.EnforcementFigures.ExamTally;
import fazhi.enforcement.figures.port.out.EnforcementFiguresRepository;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.shared.model.Money;
import fazhi.shared.model.TownshipCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the annual report as SQL aggregates over the tables of several areas: enforcement cases,
 * enterprise inspections, certificate-exam registrations and officers. All of the figures' SQL is here.
 * <p>
 * Years are compared as date ranges ({@code >= 1 Jan and < 1 Jan of the next year}) so that the indexes led by
 * the township and the date serve them.
 */
@ApplicationScoped
public class EnforcementFiguresPersistenceAdapter implements EnforcementFiguresRepository {

    /** Cases filed (立案) in the year, by field. */
    static final String CASES_BY_FIELD = """
            select c.field, count(*)
              from enforcement_case c
             where c.township = :township and c.filed_on >= :from and c.filed_on < :until
             group by c.field""";

    /** Inspections carried out (DONE) in the year, by field; inspected_on is the day of the inspection. */
    static final String INSPECTIONS_BY_FIELD = """
            select i.field, count(*)
              from inspection i
             where i.township = :township and i.inspected_on >= :from and i.inspected_on < :until
               and i.status = 'DONE'
             group by i.field""";

    /** Decisions taken in the year, by outcome, revoked ones left out; fines summed. */
    static final String DECISIONS_BY_OUTCOME = """
            select c.outcome_kind, count(*), coalesce(sum(c.fine_amount), 0)
              from enforcement_case c
             where c.township = :township and c.decided_on >= :from and c.decided_on < :until
               and c.status <> 'REVOKED'
             group by c.outcome_kind""";

    /** Officers whose certificate is valid on the day (both ends included). */
    static final String OFFICERS_CERTIFIED = """
            select count(*)
              from officers o
             where o.township = :township and o.certificate_issued_on <= :day and o.certificate_expires_on >= :day""";

    /** Registrations for the year's exam and how many passed (status PASSED once the result is recorded). */
    static final String EXAM_REGISTRATIONS_OF_YEAR = """
            select count(*), coalesce(sum(case when e.status = 'PASSED' then 1 else 0 end), 0)
              from exam_registration e
             where e.township = :township and e.exam_year = :year""";

    private final EntityManager entityManager;

    public EnforcementFiguresPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<EnforcementField, Long> casesFiledByField(TownshipCode township, int year) {
        return byField(CASES_BY_FIELD, township, year);
    }

    @Override
    public Map<EnforcementField, Long> inspectionsByField(TownshipCode township, int year) {
        return byField(INSPECTIONS_BY_FIELD, township, year);
    }

    @Override
    public Map<OutcomeKind, DecisionTally> decisionsByOutcome(TownshipCode township, int year) {
        Map<OutcomeKind, DecisionTally> tallies = new EnumMap<>(OutcomeKind.class);
        for (Object[] row : rows(inYear(entityManager.createNativeQuery(DECISIONS_BY_OUTCOME), township, year))) {
            if (row[0] != null) {
                tallies.put(OutcomeKind.valueOf((String) row[0]),
                        new DecisionTally(number(row[1]), new Money(decimal(row[2]))));
            }
        }
        return tallies;
    }

    @Override
    public long officersCertifiedOn(TownshipCode township, LocalDate day) {
        return number(entityManager.createNativeQuery(OFFICERS_CERTIFIED)
                .setParameter("township", township.value())
                .setParameter("day", day)
                .getSingleResult());
    }

    @Override
    public ExamTally examRegistrations(TownshipCode township, int year) {
        Object[] row = (Object[]) entityManager.createNativeQuery(EXAM_REGISTRATIONS_OF_YEAR)
                .setParameter("township", township.value())
                .setParameter("year", year)
                .getSingleResult();
        return new ExamTally(number(row[0]), number(row[1]));
    }

    private Map<EnforcementField, Long> byField(String sql, TownshipCode township, int year) {
        Map<EnforcementField, Long> counts = new EnumMap<>(EnforcementField.class);
        for (Object[] row : rows(inYear(entityManager.createNativeQuery(sql), township, year))) {
            counts.put(EnforcementField.valueOf((String) row[0]), number(row[1]));
        }
        return counts;
    }

    private static Query inYear(Query query, TownshipCode township, int year) {
        return query.setParameter("township", township.value())
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("until", LocalDate.of(year + 1, 1, 1));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
