package fazhi.contract.port.out;

import fazhi.contract.model.ContractFigures.Tally;
import fazhi.contract.model.ContractFigures.TypeFigures;
import fazhi.contract.model.ContractType;
import fazhi.shared.model.Money;
import fazhi.shared.model.TownshipCode;

import java.util.Map;
import java.util.Set;

/** The counts behind the contract figures, made by the database (aggregates, not rows loaded and counted). */
public interface ContractFiguresRepository {

    /** The contracts registered in the year, by type, with their amounts (as amended) summed. */
    Map<ContractType, TypeFigures> byType(TownshipCode township, int year);

    /**
     * Of the contracts registered in the year: the major ones (CON-01: amount from {@code majorThreshold} or a type
     * of {@code majorTypes}), those sent to legality review, those whose review passed, those signed.
     */
    Tally tally(TownshipCode township, int year, Money majorThreshold, Set<ContractType> majorTypes);
}
