package fazhi.contract.service;

import fazhi.contract.model.ContractFigures;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.model.MajorContractPolicy;
import fazhi.contract.port.in.ReadingContractFigures;
import fazhi.contract.port.out.ContractFiguresRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;

import java.util.function.Function;

public class ContractFiguresService implements ReadingContractFigures {

    private final ContractFiguresRepository repository;
    private final Townships townships;
    private final Function<TownshipCode, ContractSettings> settings;

    public ContractFiguresService(ContractFiguresRepository repository, Townships townships,
                                  Function<TownshipCode, ContractSettings> settings) {
        this.repository = repository;
        this.townships = townships;
        this.settings = settings;
    }

    @Override
    public ContractFigures figures(Actor actor, TownshipCode township, int year) {
        townships.get(actor, township);
        actor.requireRole(ContractService.READERS);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("year", "field.range", FIRST_YEAR, LAST_YEAR);
        }
        ContractSettings values = settings.apply(township);
        return ContractFigures.of(township, year, repository.byType(township, year),
                repository.tally(township, year, values.majorThreshold(), MajorContractPolicy.MAJOR_TYPES),
                values.majorThreshold());
    }
}
