package fazhi.review.port.in;

import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.RiskAssessment;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Major administrative decisions (重大行政决策) of a township: the year's catalogue, the procedure steps and
 * adoption under LR-02, and publication. Every change names the version it was based on (SYS-02) and is
 * audited (SYS-01).
 */
public interface ManagingMajorDecisions {

    MajorDecision propose(Actor actor, TownshipCode township, DecisionDetails details);

    MajorDecision revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                         DecisionDetails details);

    MajorDecision recordPublicParticipation(Actor actor, TownshipCode township, String id, long expectedVersion,
                                            PublicParticipation step);

    MajorDecision recordExpertArgument(Actor actor, TownshipCode township, String id, long expectedVersion,
                                       ExpertArgument step);

    MajorDecision recordRiskAssessment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                       RiskAssessment step);

    /** Submits the decision to its legality review with the materials, optionally naming the reviewer. */
    MajorDecision submitForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                  List<String> materials, String reviewer);

    /** LR-02: only after the other four steps, the legality review passed. */
    MajorDecision recordCollectiveDiscussion(Actor actor, TownshipCode township, String id, long expectedVersion,
                                             CollectiveDiscussion step);

    /** LR-02: only after the collective discussion; a leader's act. */
    MajorDecision adopt(Actor actor, TownshipCode township, String id, long expectedVersion, LocalDate adoptedOn);

    MajorDecision publish(Actor actor, TownshipCode township, String id, long expectedVersion,
                          LocalDate publishedOn);

    MajorDecision get(Actor actor, TownshipCode township, String id);

    Page<MajorDecision> list(Actor actor, TownshipCode township, MajorDecisionQuery query, PageRequest page);

    /** Public, no login: the township's published decisions, of a year or all; an unknown township is not found. */
    Page<MajorDecision> published(TownshipCode township, Integer year, PageRequest page);
}
