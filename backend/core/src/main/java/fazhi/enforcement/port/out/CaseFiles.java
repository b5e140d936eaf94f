package fazhi.enforcement.port.out;

import fazhi.shared.model.TownshipCode;

import java.util.Set;

/** The files (attachments) a case holds, by id: what its full-process record may point to (ENF-09). */
public interface CaseFiles {

    Set<String> of(TownshipCode township, String caseId);
}
