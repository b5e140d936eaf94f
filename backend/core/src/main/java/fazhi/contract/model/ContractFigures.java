package fazhi.contract.model;

import fazhi.shared.model.Money;
import fazhi.shared.model.TownshipCode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A township's contract figures of one year, for the annual report: the contracts registered in the year (their
 * number's year) by type with their amounts as amended, how many are major (CON-01, with the threshold as it stands
 * now), how many went to legality review and how many of those passed (LR-03), and how many were signed.
 */
public record ContractFigures(TownshipCode township, int year, List<TypeFigures> byType, long contracts,
                              Money amount, long major, Money majorThreshold, long submittedForReview,
                              long reviewPassed, long signed) {

    public ContractFigures {
        Objects.requireNonNull(township);
        byType = List.copyOf(byType);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(majorThreshold);
    }

    /** The figures from the counts the repository made: every type appears, with zero where there was none. */
    public static ContractFigures of(TownshipCode township, int year, Map<ContractType, TypeFigures> byType,
                                     Tally tally, Money majorThreshold) {
        List<TypeFigures> types = Arrays.stream(ContractType.values())
                .map(type -> byType.getOrDefault(type, new TypeFigures(type, 0, Money.ZERO))).toList();
        return new ContractFigures(township, year, types, types.stream().mapToLong(TypeFigures::count).sum(),
                types.stream().map(TypeFigures::amount).reduce(Money.ZERO, Money::plus), tally.major(),
                majorThreshold, tally.submittedForReview(), tally.reviewPassed(), tally.signed());
    }

    /** The contracts of one type and their amounts summed. */
    public record TypeFigures(ContractType type, long count, Money amount) {

        public TypeFigures {
            Objects.requireNonNull(type);
            Objects.requireNonNull(amount);
        }
    }

    /** What the repository counts over the year's contracts. */
    public record Tally(long major, long submittedForReview, long reviewPassed, long signed) {
    }
}
