package fazhi.shared.port.out;

import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;

import java.util.List;
import java.util.Optional;

/** The townships of the county. */
public interface TownshipRepository {

    Optional<Township> find(TownshipCode code);

    List<Township> findAll();

    void save(Township township);
}
