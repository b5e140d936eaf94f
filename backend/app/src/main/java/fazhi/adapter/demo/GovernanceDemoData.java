package fazhi.adapter.demo;

import fazhi.config.GovernanceWiring;
import fazhi.config.ReviewWiring;
import fazhi.review.model.AdviserDetails;
import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.CleanUpVerdict;
import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentIssue;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.LegalAdviser;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.LinkedRecordType;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.RiskAssessment;
import fazhi.review.model.RiskLevel;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ManagingLegalAdvisers;
import fazhi.review.port.in.ManagingNormativeDocuments;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo governance records of Jinhe (锦和镇) 2025 for the local run: the two normative documents the report names
 * (《锦和镇人民政府合同管理办法(试行)》 and 《锦和镇人民政府重大行政决策合法性审查工作制度》), each drafted by
 * {@code staff}, reviewed and approved by {@code reviewer}, issued by {@code leader} in 2025; four older documents
 * and the 2025 clean-up campaign that repealed two of them; three major decisions of the 2025 catalogue at
 * different steps (one adopted and published); one legal adviser (an invented lawyer of 湖南芙蓉律师事务所)
 * engaged for 2025 with consultations on investment, law-based administration and litigation.
 *
 * <p>Like {@link ReviewDemoData} it acts through the use cases as the demo users, on a {@link DemoDay} that moves
 * through the business dates, so LR-01, LR-02, LR-04 and LR-06 hold on those dates. It loads once: not when
 * Jinhe's register already holds the seed's 锦政发〔2025〕3号.
 */
@ApplicationScoped
public class GovernanceDemoData {

    /** After {@link ReviewDemoData}. */
    static final int PRIORITY = ReviewDemoData.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(GovernanceDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    private static final String GOVERNMENT = "锦和镇人民政府";
    /** The number of the seed's contract rules: its presence means the demo is loaded. */
    private static final String MARKER = "锦政发〔2025〕3号";

    private static final Actor STAFF = person("staff", Role.STAFF);
    private static final Actor LEADER = person("leader", Role.LEADER);
    private static final Actor REVIEWER = person("reviewer", Role.LEGAL_REVIEWER);

    private final GovernanceWiring governance;
    private final ReviewWiring reviewWiring;
    private final ReviewGate gate;
    private final boolean enabled;
    private final DemoDay day = new DemoDay(LocalDate.of(2021, 1, 4));

    public GovernanceDemoData(GovernanceWiring governance, ReviewWiring reviewWiring, ReviewGate gate,
                              @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.governance = governance;
        this.reviewWiring = reviewWiring;
        this.gate = gate;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        ManagingNormativeDocuments documents = governance.documentsAsOf(day);
        NormativeDocumentQuery marker = new NormativeDocumentQuery(null, null, null, null, MARKER);
        if (documents.list(Actor.system(), JINHE, marker, PageRequest.of(0, 1, null,
                NormativeDocumentQuery.SORTABLE, NormativeDocumentQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        // older documents in force before the 2025 clean-up
        NormativeDocument housing = document("锦和镇农村建房管理规定", false, "2021-08-02", "2021-08-13",
                "锦政发〔2021〕8号", "2021-08-20", "2021-09-01");
        NormativeDocument finance = document("锦和镇村级财务管理办法", false, "2022-03-07", "2022-03-16",
                "锦政发〔2022〕4号", "2022-03-25", "2022-04-01");
        NormativeDocument forest = document("锦和镇森林防火管理办法", false, "2023-02-06", "2023-02-15",
                "锦政发〔2023〕2号", "2023-02-24", "2023-03-01");
        NormativeDocument stalls = document("锦和镇集镇摊点管理暂行办法", false, "2023-06-05", "2023-06-14",
                "锦政发〔2023〕5号", "2023-06-26", "2023-07-01");

        // 2025: the two documents of the seed (二(三)1)
        NormativeDocument contracts = document("锦和镇人民政府合同管理办法(试行)", true, "2025-02-24", "2025-03-06",
                MARKER, "2025-03-12", "2025-04-01");
        NormativeDocument reviewRules = document("锦和镇人民政府重大行政决策合法性审查工作制度", false, "2025-04-14",
                "2025-04-25", "锦政发〔2025〕7号", "2025-05-08", "2025-05-08");

        cleanUp(housing, finance, forest, stalls);
        List<MajorDecision> decisions = majorDecisions();
        adviser(decisions.get(0), reviewRules, contracts);
        LOG.info("demo data loaded: 6 normative documents, 1 clean-up, 3 major decisions, 1 legal adviser of jinhe");
    }

    /**
     * Drafted a week before submission, submitted by staff with the reviewer named, approved by the reviewer (with
     * the changes of the first round for the review rules), issued by the leader. Validity: the longest LR-06
     * allows.
     */
    private NormativeDocument document(String title, boolean provisional, String submittedOn, String approvedOn,
                                       String number, String issuedOn, String effectiveOn) {
        ManagingNormativeDocuments documents = governance.documentsAsOf(at(LocalDate.parse(submittedOn)
                .minusDays(7)));
        NormativeDocument draft = documents.draft(STAFF, JINHE, new DocumentDraft(title, GOVERNMENT, provisional));
        at(submittedOn);
        NormativeDocument submitted = documents.submitForReview(STAFF, JINHE, draft.id(), draft.version(), List.of(
                title.replace("锦和镇人民政府", "") + "（送审稿）", "起草说明", "征求意见及采纳情况", "制定依据"),
                REVIEWER.username());
        LegalityReview review = review(SubjectType.NORMATIVE_DOCUMENT, submitted.id());
        at(approvedOn);
        ReviewOpinion opinion = title.contains("合法性审查工作制度")
                ? new ReviewOpinion.ApprovedWithChanges(List.of("第八条送审材料中补充“社会稳定风险评估报告”",
                "明确审查期限按工作日计算，一般不少于7个工作日"))
                : new ReviewOpinion.Approved();
        reviewWiring.reviewingAsOf(day).decide(REVIEWER, JINHE, review.id(), review.version(), opinion);
        at(issuedOn);
        return documents.issue(LEADER, JINHE, submitted.id(), submitted.version(), new DocumentIssue(number,
                LocalDate.parse(issuedOn), LocalDate.parse(effectiveOn), null));
    }

    /** 2025 集中清理: two repealed when the campaign closes, one kept, one to be amended. */
    private void cleanUp(NormativeDocument housing, NormativeDocument finance, NormativeDocument forest,
                         NormativeDocument stalls) {
        var cleanUps = governance.cleanUpsAsOf(at("2025-06-03"));
        CleanUpCampaign campaign = cleanUps.open(STAFF, JINHE, "锦和镇2025年党内法规和规范性文件集中清理",
                LocalDate.of(2025, 6, 3));
        campaign = cleanUps.decide(STAFF, JINHE, campaign.id(), campaign.version(), housing.id(),
                CleanUpVerdict.REPEAL, "与《湖南省农村住房建设管理办法》规定的审批程序不一致，予以废止");
        campaign = cleanUps.decide(STAFF, JINHE, campaign.id(), campaign.version(), stalls.id(),
                CleanUpVerdict.REPEAL, "集镇摊点已由县市场监管部门统一规范管理，不再适应当前管理需要，予以废止");
        campaign = cleanUps.decide(STAFF, JINHE, campaign.id(), campaign.version(), finance.id(),
                CleanUpVerdict.KEEP, "与现行法律法规和上级政策一致，继续有效");
        campaign = cleanUps.decide(STAFF, JINHE, campaign.id(), campaign.version(), forest.id(),
                CleanUpVerdict.AMEND, "部分条款须根据修订后的《森林防火条例》和省实施办法修改");
        at("2025-06-20");
        cleanUps.close(LEADER, JINHE, campaign.id(), campaign.version(), LocalDate.of(2025, 6, 20));
    }

    /** The 2025 catalogue: No. 1 adopted and published, No. 2 reviewed and awaiting discussion, No. 3 begun. */
    private List<MajorDecision> majorDecisions() {
        var decisions = governance.decisionsAsOf(at("2025-01-20"));
        MajorDecision sewage = decisions.propose(STAFF, JINHE, new DecisionDetails(2025, 1,
                "锦和镇集镇污水处理设施建设项目",
                "新建日处理能力800吨的集镇污水处理站一座，配套污水管网约6.5公里，总投资约1280万元",
                "锦和镇规划建设办公室"));
        at("2025-03-12");
        sewage = decisions.recordPublicParticipation(STAFF, JINHE, sewage.id(), sewage.version(),
                new PublicParticipation(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 11),
                        "通过镇政府公示栏、村务公开栏和政务新媒体公开征求意见，收到意见建议31条，采纳19条"));
        at("2025-03-18");
        sewage = decisions.recordExpertArgument(STAFF, JINHE, sewage.id(), sewage.version(),
                new ExpertArgument(LocalDate.of(2025, 3, 18), List.of("县住房和城乡建设局 高级工程师", "市生态环境局麻阳分局 工程师",
                        "湖南某环境工程设计院 高级工程师"), "选址和工艺方案技术可行，建议出水标准按一级A设计"));
        at("2025-03-20");
        sewage = decisions.recordRiskAssessment(STAFF, JINHE, sewage.id(), sewage.version(),
                new RiskAssessment(LocalDate.of(2025, 3, 20), RiskLevel.LOW,
                        "项目涉及征地少，群众支持度高，社会稳定风险等级为低，可以实施"));
        at("2025-03-24");
        sewage = decisions.submitForReview(STAFF, JINHE, sewage.id(), sewage.version(), List.of("决策草案",
                "公众意见采纳情况说明", "专家论证意见", "社会稳定风险评估报告"), REVIEWER.username());
        approve(SubjectType.MAJOR_DECISION, sewage.id(), "2025-04-07");
        at("2025-04-15");
        sewage = decisions.recordCollectiveDiscussion(STAFF, JINHE, sewage.id(), sewage.version(),
                new CollectiveDiscussion(LocalDate.of(2025, 4, 15), "锦和镇人民政府常务会议纪要〔2025〕5号"));
        sewage = decisions.adopt(LEADER, JINHE, sewage.id(), sewage.version(), LocalDate.of(2025, 4, 15));
        at("2025-04-22");
        sewage = decisions.publish(STAFF, JINHE, sewage.id(), sewage.version(), LocalDate.of(2025, 4, 22));

        at("2025-05-26");
        MajorDecision environment = decisions.propose(STAFF, JINHE, new DecisionDetails(2025, 2,
                "锦和镇农村人居环境整治三年行动方案（2025—2027年）",
                "以农村垃圾、污水治理和村容村貌提升为重点，分年度推进14个村（社区）人居环境整治", "锦和镇农业农村办公室"));
        at("2025-07-03");
        environment = decisions.recordPublicParticipation(STAFF, JINHE, environment.id(), environment.version(),
                new PublicParticipation(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 7, 2),
                        "召开村民代表座谈会3场，收到意见建议46条，采纳28条"));
        at("2025-07-10");
        environment = decisions.recordExpertArgument(STAFF, JINHE, environment.id(), environment.version(),
                new ExpertArgument(LocalDate.of(2025, 7, 10), List.of("县农业农村局 农艺师", "县生态环境部门 工程师"),
                        "方案目标合理，建议分类制定考核标准"));
        at("2025-07-15");
        environment = decisions.recordRiskAssessment(STAFF, JINHE, environment.id(), environment.version(),
                new RiskAssessment(LocalDate.of(2025, 7, 15), RiskLevel.MEDIUM,
                        "涉及农户房前屋后整治，存在一定矛盾风险，须做好群众工作，风险可控"));
        at("2025-07-21");
        environment = decisions.submitForReview(STAFF, JINHE, environment.id(), environment.version(), List.of(
                "行动方案（送审稿）", "公众参与情况报告", "专家论证意见", "风险评估报告"), REVIEWER.username());
        approve(SubjectType.MAJOR_DECISION, environment.id(), "2025-08-01");

        at("2025-10-09");
        MajorDecision parking = decisions.propose(STAFF, JINHE, new DecisionDetails(2025, 3,
                "锦和镇集镇停车场规划建设方案", "在集镇东、西两侧规划建设公共停车场两处，新增停车位约260个",
                "锦和镇规划建设办公室"));
        at("2025-11-13");
        parking = decisions.recordPublicParticipation(STAFF, JINHE, parking.id(), parking.version(),
                new PublicParticipation(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 11, 12),
                        "收到意见建议17条，主要涉及收费标准和赶集日交通组织"));
        return List.of(sewage, environment, parking);
    }

    /** 向明远 (an invented name) of 湖南芙蓉律师事务所, engaged for 2025. */
    private void adviser(MajorDecision sewage, NormativeDocument reviewRules, NormativeDocument contracts) {
        var advisers = governance.advisersAsOf(at("2025-01-02"));
        LegalAdviser adviser = advisers.engage(STAFF, JINHE, new AdviserDetails("向明远", "湖南芙蓉律师事务所",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                "为镇政府各项政策法规和事务提供法律支持服务，重点在项目投资、依法行政、行政诉讼等方面；"
                        + "对涉诉涉访人员诉求的合法性提供顾问帮助和法治宣传"));
        consult(advisers, adviser, "2025-03-05", "项目投资：集镇污水处理设施建设项目的投资与合作方式",
                "建议采用政府投资为主、专项债券补充的方式，合作协议须明确建设期、运营维护责任和绩效考核，"
                        + "并按《合同管理办法(试行)》报送合法性审查", LinkedRecordType.MAJOR_DECISION, sewage.id());
        consult(advisers, adviser, "2025-04-10", "依法行政：合同管理办法施行后存量合同的清理",
                "建议对2023年以来签订的合同逐份登记，金额或类型属于重大合同的补充合法性审查意见",
                LinkedRecordType.NORMATIVE_DOCUMENT, contracts.id());
        consult(advisers, adviser, "2025-05-20", "依法行政：重大行政决策合法性审查工作制度的送审材料范围",
                "送审材料应包括决策草案、起草说明、公众参与和专家论证情况、风险评估报告及相关法律依据",
                LinkedRecordType.NORMATIVE_DOCUMENT, reviewRules.id());
        consult(advisers, adviser, "2025-08-26", "行政诉讼：村民不服林地权属争议处理决定提起行政诉讼的应诉",
                "建议核实处理程序中的调查笔录、现场勘验和听取意见材料，依法提交答辩状和证据，镇政府负责人出庭应诉",
                LinkedRecordType.OTHER, "（2025）湘1226行初15号");
        consult(advisers, adviser, "2025-11-10", "涉访：信访人要求补偿青苗费诉求的合法性",
                "诉求部分有依据：已征收地块的青苗补偿标准应按县政府公布的标准执行，建议依法答复并做好释法说理",
                null, null);
    }

    private void consult(ManagingLegalAdvisers advisers, LegalAdviser adviser, String on,
                         String subject, String advice, LinkedRecordType type, String ref) {
        at(on);
        advisers.consult(STAFF, JINHE, adviser.id(), new ConsultationDetails(LocalDate.parse(on), subject, advice,
                type, ref));
    }

    private void approve(SubjectType type, String subjectRef, String on) {
        LegalityReview review = review(type, subjectRef);
        at(on);
        reviewWiring.reviewingAsOf(day).decide(REVIEWER, JINHE, review.id(), review.version(),
                new ReviewOpinion.Approved());
    }

    /** The subject's review, as the submission just opened it. */
    private LegalityReview review(SubjectType type, String subjectRef) {
        String id = gate.latest(JINHE, type, subjectRef).reviewId();
        ReviewingLegality reviews = reviewWiring.reviewingAsOf(day);
        return reviews.get(Actor.system(), JINHE, id);
    }

    private DemoDay at(String date) {
        return at(LocalDate.parse(date));
    }

    private DemoDay at(LocalDate date) {
        return day.on(date);
    }

    private static Actor person(String username, Role role) {
        return new Actor(username, Set.of(role), Set.of(JINHE), false);
    }
}
