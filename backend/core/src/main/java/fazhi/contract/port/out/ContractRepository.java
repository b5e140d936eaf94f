package fazhi.contract.port.out;

import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.port.in.ContractQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the contracts of a township are kept, with its yearly number counter. */
public interface ContractRepository {

    Optional<Contract> find(TownshipCode township, String id);

    /** Inserts or updates, stamping the change, and answers the contract as stored, with its new version. */
    Contract save(Contract contract, Stamp stamp);

    /**
     * The next contract number of the township's year, starting at 1; safe when two transactions ask at once (the
     * counter row is locked until the transaction ends).
     */
    int nextNumber(TownshipCode township, int year);

    /** {@code today} anchors the day filters; {@code settings} give CON-01's threshold for {@code major}. */
    Page<Contract> search(TownshipCode township, ContractQuery query, PageRequest page, LocalDate today,
                          ContractSettings settings);

    /**
     * The contracts in performance that end on or before {@code endingBy} or have a pending milestone due on or
     * before {@code milestonesDueBy} (CON-03).
     */
    List<Contract> withDeadlinesDueBy(TownshipCode township, LocalDate endingBy, LocalDate milestonesDueBy);
}
