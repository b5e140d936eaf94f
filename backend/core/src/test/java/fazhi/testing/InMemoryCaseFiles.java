package fazhi.testing;

import fazhi.enforcement.port.out.CaseFiles;
import fazhi.shared.model.TownshipCode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The files uploaded to cases, by township and case, as the attachments adapter answers them. */
public final class InMemoryCaseFiles implements CaseFiles {

    private final Map<String, Set<String>> files = new HashMap<>();

    public void upload(TownshipCode township, String caseId, String fileId) {
        files.computeIfAbsent(township.value() + "/" + caseId, k -> new HashSet<>()).add(fileId);
    }

    @Override
    public Set<String> of(TownshipCode township, String caseId) {
        return Set.copyOf(files.getOrDefault(township.value() + "/" + caseId, Set.of()));
    }
}
