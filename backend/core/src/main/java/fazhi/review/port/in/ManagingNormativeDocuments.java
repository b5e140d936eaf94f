package fazhi.review.port.in;

import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentIssue;
import fazhi.review.model.NormativeDocument;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The register of a township's normative documents (规范性文件): drafting, legality review, issue (LR-01),
 * validity and re-evaluation (LR-06), amendment, repeal and expiry, and the public list of those in force.
 * Every change names the version it was based on (SYS-02) and is audited (SYS-01).
 */
public interface ManagingNormativeDocuments {

    NormativeDocument draft(Actor actor, TownshipCode township, DocumentDraft draft);

    NormativeDocument revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                             DocumentDraft draft);

    /**
     * DRAFT → IN_REVIEW: submits the document to the legality review with its materials (送审材料), optionally
     * naming the reviewer.
     */
    NormativeDocument submitForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                      List<String> materials, String reviewer);

    /** IN_REVIEW → EFFECTIVE, only after a passed review (LR-01), valid no longer than LR-06 allows. */
    NormativeDocument issue(Actor actor, TownshipCode township, String id, long expectedVersion,
                            DocumentIssue issue);

    /** EFFECTIVE → AMENDED, naming the amending document (its id in the register) or with a note. */
    NormativeDocument amend(Actor actor, TownshipCode township, String id, long expectedVersion,
                            String amendedBy, String note);

    NormativeDocument repeal(Actor actor, TownshipCode township, String id, long expectedVersion,
                             LocalDate repealedOn, String reason);

    /** LR-06: a document in force is re-evaluated before its validity ends and gets a new validity. */
    NormativeDocument reevaluate(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 LocalDate evaluatedOn, LocalDate validUntil, String conclusion);

    /** EFFECTIVE → EXPIRED, recorded once the validity has ended (LR-06). */
    NormativeDocument expire(Actor actor, TownshipCode township, String id, long expectedVersion);

    NormativeDocument get(Actor actor, TownshipCode township, String id);

    Page<NormativeDocument> list(Actor actor, TownshipCode township, NormativeDocumentQuery query,
                                 PageRequest page);

    /** Public, no login: the township's documents in force today; an unknown township is not found. */
    Page<NormativeDocument> inForce(TownshipCode township, PageRequest page);
}
