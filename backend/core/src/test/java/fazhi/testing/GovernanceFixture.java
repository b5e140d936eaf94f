package fazhi.testing;

import fazhi.review.service.CleanUpService;
import fazhi.review.service.LegalAdviserService;
import fazhi.review.service.MajorDecisionService;
import fazhi.review.service.NormativeDocumentService;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.MajorDecision;
import fazhi.shared.service.TownshipService;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The governance registers (normative documents and their clean-ups, major decisions, legal advisers) wired to
 * in-memory ports, with a scripted review gate, the way the app wires them to real ones. Today is 2025-06-30.
 */
public final class GovernanceFixture {

    public static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    public final FixedClock clock = FixedClock.at(NOW);
    public final InMemoryTownshipRepository townshipRepository = TestTownships.theCounty();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(townshipRepository, auditLog, clock);
    public final ScriptedReviewGate gate = new ScriptedReviewGate();
    public final RecordingReviewSubmissions reviews = new RecordingReviewSubmissions();
    public final InMemoryNormativeDocumentRepository documents = new InMemoryNormativeDocumentRepository();
    public final InMemoryCleanUpCampaignRepository campaigns = new InMemoryCleanUpCampaignRepository();
    public final InMemoryMajorDecisionRepository decisions = new InMemoryMajorDecisionRepository();
    public final InMemoryLegalAdviserRepository advisers = new InMemoryLegalAdviserRepository();
    public final InMemoryConsultationRepository consultations = new InMemoryConsultationRepository();

    public final NormativeDocumentService documentRegister = new NormativeDocumentService(documents, reviews, gate,
            townships, auditLog, clock);
    public final CleanUpService cleanUps = new CleanUpService(campaigns, documents, townships, auditLog, clock);
    public final MajorDecisionService decisionRegister = new MajorDecisionService(decisions, reviews, gate,
            townships, auditLog, clock);
    public final LegalAdviserService adviserRegister = new LegalAdviserService(advisers, consultations, townships,
            auditLog, clock);

    /** Puts a document in the register without going through the service (and without auditing). */
    public NormativeDocument given(NormativeDocumentBuilder document) {
        return documents.store(document.build());
    }

    public MajorDecision given(MajorDecisionBuilder decision) {
        return decisions.store(decision.build());
    }
}
