package fazhi.testing;

import fazhi.contract.port.out.ContractFiles;
import fazhi.shared.model.TownshipCode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The files uploaded to contracts, by township and contract, as the attachments adapter answers them. */
public final class InMemoryContractFiles implements ContractFiles {

    private final Map<String, Set<String>> files = new HashMap<>();

    public void upload(TownshipCode township, String contractId, String fileId) {
        files.computeIfAbsent(township.value() + "/" + contractId, k -> new HashSet<>()).add(fileId);
    }

    @Override
    public Set<String> of(TownshipCode township, String contractId) {
        return Set.copyOf(files.getOrDefault(township.value() + "/" + contractId, Set.of()));
    }
}
