package fazhi.adapter.persistence.figures;

import fazhi.contract.model.ContractFigures.Tally;
import fazhi.contract.model.ContractFigures.TypeFigures;
import fazhi.contract.model.ContractType;
import fazhi.contract.port.out.ContractFiguresRepository;
import fazhi.shared.model.Money;
import fazhi.shared.model.TownshipCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract figures of the annual report as SQL aggregates over the contracts of a year (the year of their
 * number, read from the ledger's number index) and, for the reviews that passed, the legality reviews (one unique
 * key read per contract: township, subject type, subject).
 */
@ApplicationScoped
public class ContractFiguresPersistenceAdapter implements ContractFiguresRepository {

    /** Contracts registered in the year, by type, the amounts (as amended) summed. */
    static final String BY_TYPE = """
            select c.contract_type, count(*), coalesce(sum(c.amount), 0)
              from contracts c
             where c.township = :township and c.contract_year = :year
             group by c.contract_type""";

    /** Major (CON-01), sent to review, passed review (LR-03), signed; :types are the major types, quoted. */
    static final String TALLY = """
            select coalesce(sum(case when c.amount >= :threshold or c.contract_type in (%s) then 1 else 0 end), 0),
                   coalesce(sum(case when c.review_submitted_on is not null then 1 else 0 end), 0),
                   coalesce(sum(case when exists (select 1 from legality_reviews r
                                                   where r.township = c.township and r.subject_type = 'CONTRACT'
                                                     and r.subject_ref = c.id
                                                     and r.status in ('APPROVED', 'APPROVED_WITH_CHANGES'))
                                     then 1 else 0 end), 0),
                   coalesce(sum(case when c.signed_on is not null then 1 else 0 end), 0)
              from contracts c
             where c.township = :township and c.contract_year = :year""";

    private final EntityManager entityManager;

    public ContractFiguresPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<ContractType, TypeFigures> byType(TownshipCode township, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(BY_TYPE).setParameter("township", township.value())
                .setParameter("year", year).getResultList();
        Map<ContractType, TypeFigures> byType = new EnumMap<>(ContractType.class);
        for (Object[] row : rows) {
            ContractType type = ContractType.valueOf((String) row[0]);
            byType.put(type, new TypeFigures(type, ((Number) row[1]).longValue(), money(row[2])));
        }
        return byType;
    }

    @Override
    public Tally tally(TownshipCode township, int year, Money majorThreshold, Set<ContractType> majorTypes) {
        // the types are the core's enum names, never input: quoted into the statement
        String types = majorTypes.isEmpty() ? "''" : String.join(", ",
                majorTypes.stream().map(t -> "'" + t.name() + "'").sorted().toList());
        Object[] row = (Object[]) entityManager.createNativeQuery(TALLY.formatted(types))
                .setParameter("township", township.value()).setParameter("year", year)
                .setParameter("threshold", majorThreshold.amount()).getSingleResult();
        return new Tally(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    private static Money money(Object value) {
        return new Money(value instanceof BigDecimal amount ? amount : new BigDecimal(value.toString()));
    }
}
