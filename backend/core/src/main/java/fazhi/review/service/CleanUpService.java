package fazhi.review.service;

import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.CleanUpDecision;
import fazhi.review.model.CleanUpVerdict;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.port.in.CleanUpQuery;
import fazhi.review.port.in.CleaningUpNormativeDocuments;
import fazhi.review.port.out.CleanUpCampaignRepository;
import fazhi.review.port.out.NormativeDocumentRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static fazhi.review.service.GovernanceRoles.DECIDERS;
import static fazhi.review.service.GovernanceRoles.KEEPERS;
import static fazhi.review.service.GovernanceRoles.READERS;

public class CleanUpService implements CleaningUpNormativeDocuments {

    static final String RECORD_TYPE = "normative-document-clean-up";

    private final CleanUpCampaignRepository campaigns;
    private final NormativeDocumentRepository documents;
    private final Townships townships;
    private final AuditLog auditLog;
    private final Clock clock;
    private final RecordChanges<CleanUpCampaign> changes;

    public CleanUpService(CleanUpCampaignRepository campaigns, NormativeDocumentRepository documents,
                          Townships townships, AuditLog auditLog, Clock clock) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, campaigns::find, campaigns::save, auditLog, clock);
    }

    @Override
    public CleanUpCampaign open(Actor actor, TownshipCode township, String name, LocalDate heldOn) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        CleanUpCampaign campaign = CleanUpCampaign.open(UUID.randomUUID().toString(), township, name, heldOn);
        CleanUpCampaign saved = campaigns.save(campaign, changes.stamp(actor));
        changes.audit(actor, saved, "clean-up.opened", Map.of());
        return saved;
    }

    @Override
    public CleanUpCampaign decide(Actor actor, TownshipCode township, String id, long expectedVersion,
                                  String documentId, CleanUpVerdict verdict, String reason) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "clean-up.decided", campaign -> {
            NormativeDocument document = documentInForce(township, documentId);
            campaign.decide(CleanUpDecision.on(document, verdict, reason));
        });
    }

    @Override
    public CleanUpCampaign close(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 LocalDate closedOn) {
        return changes.change(actor, township, id, expectedVersion, DECIDERS, "clean-up.closed", campaign -> {
            LocalDate today = clock.today();
            for (CleanUpDecision repeal : campaign.close(closedOn)) {
                documents.find(township, repeal.documentId())
                        .filter(d -> d.statusOn(today) == DocumentStatus.EFFECTIVE)
                        .ifPresent(document -> repealDocument(actor, campaign, document, repeal, today));
            }
        });
    }

    @Override
    public CleanUpCampaign get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<CleanUpCampaign> list(Actor actor, TownshipCode township, CleanUpQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return campaigns.search(township, query, page);
    }

    /** A campaign decides only on documents of the township that are in force today. */
    private NormativeDocument documentInForce(TownshipCode township, String documentId) {
        if (documentId == null || documentId.isBlank()) {
            throw new InvalidInput("documentId", "field.required");
        }
        NormativeDocument document = documents.find(township, documentId.strip())
                .orElseThrow(() -> new InvalidInput("documentId", "cleanUp.document.unknown"));
        DocumentStatus status = document.statusOn(clock.today());
        if (status != DocumentStatus.EFFECTIVE) {
            throw new InvalidInput("documentId", "cleanUp.document.notInForce", status);
        }
        return document;
    }

    private void repealDocument(Actor actor, CleanUpCampaign campaign, NormativeDocument document,
                                CleanUpDecision decision, LocalDate today) {
        Map<String, String> before = document.snapshot();
        document.repeal(campaign.closedOn(), decision.reason(), campaign.id(), today);
        NormativeDocument saved = documents.save(document, changes.stamp(actor));
        auditLog.record(new AuditLog.Entry(saved.township(), actor.username(), clock.now(),
                "normative-document.repealed", NormativeDocumentService.RECORD_TYPE, saved.id(),
                Change.between(before, saved.snapshot())));
    }
}
