package fazhi.review.port.in;

import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.CleanUpVerdict;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;

/**
 * Clean-up campaigns of normative documents (规范性文件集中清理): a campaign decides of each document in force
 * whether to keep, amend or repeal it; closing the campaign repeals those it decided to repeal.
 */
public interface CleaningUpNormativeDocuments {

    CleanUpCampaign open(Actor actor, TownshipCode township, String name, LocalDate heldOn);

    /** The decision on one document in force; a later one on the same document replaces it. */
    CleanUpCampaign decide(Actor actor, TownshipCode township, String id, long expectedVersion, String documentId,
                           CleanUpVerdict verdict, String reason);

    /** OPEN → CLOSED; the documents decided REPEAL and still in force are repealed on the closing day. */
    CleanUpCampaign close(Actor actor, TownshipCode township, String id, long expectedVersion, LocalDate closedOn);

    CleanUpCampaign get(Actor actor, TownshipCode township, String id);

    Page<CleanUpCampaign> list(Actor actor, TownshipCode township, CleanUpQuery query, PageRequest page);
}
