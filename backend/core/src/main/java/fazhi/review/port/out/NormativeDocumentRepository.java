package fazhi.review.port.out;

import fazhi.review.model.NormativeDocument;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.Optional;

/** Where normative documents are kept, with their re-evaluations. */
public interface NormativeDocumentRepository {

    Optional<NormativeDocument> find(TownshipCode township, String id);

    /** Whether another document of the township was issued under this number (文号). */
    boolean numberTaken(TownshipCode township, String number, String exceptDocumentId);

    /** Inserts or updates, stamping the change, and answers the document as stored, with its new version. */
    NormativeDocument save(NormativeDocument document, Stamp stamp);

    /** {@code today} decides which documents have expired (LR-06) and which are due for evaluation. */
    Page<NormativeDocument> search(TownshipCode township, NormativeDocumentQuery query, PageRequest page,
                                   LocalDate today);
}
