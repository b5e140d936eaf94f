package fazhi.review.service;

import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentIssue;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ManagingNormativeDocuments;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.in.ReviewSubmission;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.review.port.out.NormativeDocumentRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.review.service.GovernanceRoles.DECIDERS;
import static fazhi.review.service.GovernanceRoles.KEEPERS;
import static fazhi.review.service.GovernanceRoles.PUBLIC;
import static fazhi.review.service.GovernanceRoles.READERS;

public class NormativeDocumentService implements ManagingNormativeDocuments {

    static final String RECORD_TYPE = "normative-document";

    private final NormativeDocumentRepository documents;
    private final ReviewingLegality reviews;
    private final ReviewGate gate;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<NormativeDocument> changes;

    public NormativeDocumentService(NormativeDocumentRepository documents, ReviewingLegality reviews,
                                    ReviewGate gate, Townships townships, AuditLog auditLog, Clock clock) {
        this.documents = documents;
        this.reviews = reviews;
        this.gate = gate;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, documents::find, documents::save, auditLog, clock);
    }

    @Override
    public NormativeDocument draft(Actor actor, TownshipCode township, DocumentDraft draft) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        NormativeDocument document = NormativeDocument.draft(UUID.randomUUID().toString(), township, draft);
        NormativeDocument saved = documents.save(document, changes.stamp(actor));
        changes.audit(actor, saved, "normative-document.drafted", Map.of());
        return saved;
    }

    @Override
    public NormativeDocument revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    DocumentDraft draft) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "normative-document.revised",
                document -> document.revise(draft));
    }

    @Override
    public NormativeDocument submitForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                             List<String> materials, String reviewer) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "normative-document.submitted-for-review",
                document -> {
                    document.submitForReview(clock.today());
                    reviews.submit(actor, township, new ReviewSubmission(SubjectType.NORMATIVE_DOCUMENT,
                            document.id(), document.draft().title(), materials, reviewer));
                });
    }

    @Override
    public NormativeDocument issue(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   DocumentIssue issue) {
        return changes.change(actor, township, id, expectedVersion, DECIDERS, "normative-document.issued", document -> {
            document.issue(issue, gate.latest(township, SubjectType.NORMATIVE_DOCUMENT, id), clock.today());
            if (documents.numberTaken(township, issue.number(), id)) {
                throw new InvalidInput("number", "document.number.taken", issue.number());
            }
        });
    }

    @Override
    public NormativeDocument amend(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   String amendedBy, String note) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "normative-document.amended", document -> {
            document.amend(amendedBy, note, clock.today());
            if (document.amendedBy() != null && documents.find(township, document.amendedBy()).isEmpty()) {
                throw new InvalidInput("amendedBy", "document.amend.unknown");
            }
        });
    }

    @Override
    public NormativeDocument repeal(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    LocalDate repealedOn, String reason) {
        return changes.change(actor, township, id, expectedVersion, DECIDERS, "normative-document.repealed",
                document -> document.repeal(repealedOn, reason, null, clock.today()));
    }

    @Override
    public NormativeDocument reevaluate(Actor actor, TownshipCode township, String id, long expectedVersion,
                                        LocalDate evaluatedOn, LocalDate validUntil, String conclusion) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "normative-document.reevaluated",
                document -> document.reevaluate(evaluatedOn, validUntil, conclusion, actor.username(),
                        clock.today()));
    }

    @Override
    public NormativeDocument expire(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "normative-document.expired",
                document -> document.expire(clock.today()));
    }

    @Override
    public NormativeDocument get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<NormativeDocument> list(Actor actor, TownshipCode township, NormativeDocumentQuery query,
                                        PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return documents.search(township, query, page, clock.today());
    }

    @Override
    public Page<NormativeDocument> inForce(TownshipCode township, PageRequest page) {
        townships.get(PUBLIC, township);
        return documents.search(township, NormativeDocumentQuery.inForce(), page, clock.today());
    }
}
