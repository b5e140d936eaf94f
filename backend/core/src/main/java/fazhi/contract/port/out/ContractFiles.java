package fazhi.contract.port.out;

import fazhi.shared.model.TownshipCode;

import java.util.Set;

/** The files (attachments) a contract holds, by id: what its signing and milestones may point to. */
public interface ContractFiles {

    Set<String> of(TownshipCode township, String contractId);
}
