package fazhi.adapter.rest.document;

import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.DocumentDraft;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.Validity;

import java.time.LocalDate;

/** Between the API's request and view records and the core's documents and campaigns. */
final class DocumentRestMapper {

    private DocumentRestMapper() {
    }

    static DocumentDraft draft(NormativeDocumentRequest request) {
        return new DocumentDraft(request.title(), request.issuer(), Boolean.TRUE.equals(request.provisional()));
    }

    static NormativeDocumentView view(NormativeDocument d, ReviewStatus review, LocalDate today) {
        Validity validity = d.validity();
        return new NormativeDocumentView(d.id(), d.township().value(), d.draft().title(), d.draft().issuer(),
                d.draft().provisional(), d.statusOn(today), d.status(), d.number(), d.issuedOn(), d.effectiveOn(),
                validity == null ? null : validity.from(), validity == null ? null : validity.until(),
                d.evaluationDueOn(), d.isExpiredOn(today), d.isEvaluationDueOn(today), d.reviewSubmittedOn(),
                ReviewStateView.of(review), d.amendedBy(), d.amendmentNote(), d.repealedOn(), d.repealReason(),
                d.repealedInCleanUp(), d.expiredOn(),
                d.reevaluations().stream().map(r -> new ReevaluationView(r.evaluatedOn(), r.evaluatedBy(),
                        r.conclusion(), r.previousUntil(), r.validUntil())).toList(),
                d.version(), d.created() == null ? null : d.created().at(),
                d.updated() == null ? null : d.updated().at());
    }

    static PublicNormativeDocumentView publicView(NormativeDocument d) {
        return new PublicNormativeDocumentView(d.number(), d.draft().title(), d.draft().issuer(),
                d.draft().provisional(), d.issuedOn(), d.effectiveOn(), d.validity().until());
    }

    static CleanUpView view(CleanUpCampaign c) {
        return new CleanUpView(c.id(), c.township().value(), c.name(), c.heldOn(), c.status(), c.closedOn(),
                c.decisions().stream().map(d -> new CleanUpDecisionView(d.documentId(), d.documentNumber(),
                        d.documentTitle(), d.verdict(), d.reason())).toList(),
                c.version(), c.created() == null ? null : c.created().at(),
                c.updated() == null ? null : c.updated().at());
    }
}
