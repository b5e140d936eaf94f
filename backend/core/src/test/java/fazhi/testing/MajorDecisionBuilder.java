package fazhi.testing;

import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.DecisionStatus;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.RiskAssessment;
import fazhi.review.model.RiskLevel;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A major decision of Jinhe's 2025 catalogue (No. 1) as already stored, at version 4, in procedure with no step
 * done unless told otherwise. The steps, when done, are dated: comments 2025-04-01 to 04-30, experts 2025-05-10,
 * risk 2025-05-15, meeting 2025-06-10.
 */
public final class MajorDecisionBuilder {

    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-03-03T01:00:00Z"), "staff.user");

    public static final PublicParticipation COMMENTS = new PublicParticipation(LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 4, 30), "收到意见12条，采纳8条");
    public static final ExpertArgument EXPERTS = new ExpertArgument(LocalDate.of(2025, 5, 10),
            List.of("县自然资源局 李工", "湖南农业大学 王教授"), "方案可行");
    public static final RiskAssessment RISK = new RiskAssessment(LocalDate.of(2025, 5, 15), RiskLevel.LOW,
            "社会稳定风险低，可以实施");
    public static final CollectiveDiscussion MEETING = new CollectiveDiscussion(LocalDate.of(2025, 6, 10),
            "锦和镇政府常务会议纪要〔2025〕6号");

    private String id = "decision-1";
    private TownshipCode township = TestTownships.JINHE;
    private DecisionStatus status = DecisionStatus.IN_PROCEDURE;
    private PublicParticipation publicParticipation;
    private ExpertArgument expertArgument;
    private RiskAssessment riskAssessment;
    private LocalDate reviewSubmittedOn;
    private CollectiveDiscussion collectiveDiscussion;
    private LocalDate adoptedOn;
    private long version = 4;

    private MajorDecisionBuilder() {
    }

    public static MajorDecisionBuilder aDecisionInProcedure() {
        return new MajorDecisionBuilder();
    }

    public MajorDecisionBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public MajorDecisionBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public MajorDecisionBuilder withPublicParticipation() {
        this.publicParticipation = COMMENTS;
        return this;
    }

    public MajorDecisionBuilder withExpertArgument() {
        this.expertArgument = EXPERTS;
        return this;
    }

    public MajorDecisionBuilder withRiskAssessment() {
        this.riskAssessment = RISK;
        return this;
    }

    /** Public participation, expert argument and risk assessment done, and sent to review on 2025-05-20. */
    public MajorDecisionBuilder withTheStepsBeforeReview() {
        this.reviewSubmittedOn = LocalDate.of(2025, 5, 20);
        return withPublicParticipation().withExpertArgument().withRiskAssessment();
    }

    /** Every step before adoption done (the review's outcome is the gate's to say). */
    public MajorDecisionBuilder discussed() {
        this.collectiveDiscussion = MEETING;
        return withTheStepsBeforeReview();
    }

    public MajorDecisionBuilder adoptedOn(LocalDate day) {
        this.status = DecisionStatus.ADOPTED;
        this.adoptedOn = day;
        return discussed();
    }

    public MajorDecisionBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public MajorDecision build() {
        return new MajorDecision(id, township, new DecisionDetails(2025, 1, "锦和镇集镇农贸市场改造提质方案", null,
                "锦和镇经济发展办公室"), status, publicParticipation, expertArgument, riskAssessment,
                reviewSubmittedOn, collectiveDiscussion, adoptedOn, null, version, EARLIER, EARLIER);
    }
}
