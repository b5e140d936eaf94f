package fazhi.config;

import fazhi.review.port.in.CleaningUpNormativeDocuments;
import fazhi.review.port.in.ManagingLegalAdvisers;
import fazhi.review.port.in.ManagingMajorDecisions;
import fazhi.review.port.in.ManagingNormativeDocuments;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.out.CleanUpCampaignRepository;
import fazhi.review.port.out.ConsultationRepository;
import fazhi.review.port.out.LegalAdviserRepository;
import fazhi.review.port.out.MajorDecisionRepository;
import fazhi.review.port.out.NormativeDocumentRepository;
import fazhi.review.service.CleanUpService;
import fazhi.review.service.LegalAdviserService;
import fazhi.review.service.MajorDecisionService;
import fazhi.review.service.NormativeDocumentService;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The governance registers as CDI beans: normative documents and their clean-ups, major decisions, legal
 * advisers. Like {@link ReviewWiring#reviewingAsOf}, each can also run on another clock, for demo data dated in
 * the past; the documents and decisions then submit to a review service on that same clock.
 */
@ApplicationScoped
public class GovernanceWiring {

    private final NormativeDocumentRepository documents;
    private final CleanUpCampaignRepository campaigns;
    private final MajorDecisionRepository decisions;
    private final LegalAdviserRepository advisers;
    private final ConsultationRepository consultations;
    private final ReviewWiring reviews;
    private final ReviewGate gate;
    private final Townships townships;
    private final AuditLog auditLog;

    public GovernanceWiring(NormativeDocumentRepository documents, CleanUpCampaignRepository campaigns,
                            MajorDecisionRepository decisions, LegalAdviserRepository advisers,
                            ConsultationRepository consultations, ReviewWiring reviews, ReviewGate gate,
                            Townships townships, AuditLog auditLog) {
        this.documents = documents;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.advisers = advisers;
        this.consultations = consultations;
        this.reviews = reviews;
        this.gate = gate;
        this.townships = townships;
        this.auditLog = auditLog;
    }

    @Produces
    @ApplicationScoped
    ManagingNormativeDocuments managingNormativeDocuments(Clock clock) {
        return documentsAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    CleaningUpNormativeDocuments cleaningUpNormativeDocuments(Clock clock) {
        return cleanUpsAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ManagingMajorDecisions managingMajorDecisions(Clock clock) {
        return decisionsAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ManagingLegalAdvisers managingLegalAdvisers(Clock clock) {
        return advisersAsOf(clock);
    }

    public ManagingNormativeDocuments documentsAsOf(Clock clock) {
        return new NormativeDocumentService(documents, reviews.reviewingAsOf(clock), gate, townships, auditLog, clock);
    }

    public CleaningUpNormativeDocuments cleanUpsAsOf(Clock clock) {
        return new CleanUpService(campaigns, documents, townships, auditLog, clock);
    }

    public ManagingMajorDecisions decisionsAsOf(Clock clock) {
        return new MajorDecisionService(decisions, reviews.reviewingAsOf(clock), gate, townships, auditLog, clock);
    }

    public ManagingLegalAdvisers advisersAsOf(Clock clock) {
        return new LegalAdviserService(advisers, consultations, townships, auditLog, clock);
    }
}
