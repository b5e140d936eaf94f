package fazhi.adapter.demo;

import fazhi.config.ReviewWiring;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.review.port.in.ReviewSubmission;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.WorkingDays;
import fazhi.shared.port.out.Clock;
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
import java.util.function.Supplier;

/**
 * Demo legality reviews of Jinhe (锦和镇) for the local run: 2025 reviews in each state (approved, approved with
 * changes, rejected, rejected and passed in round 2, one left overdue) and three open ones dated a few working
 * days before the day the demo starts, so the reviewer's inbox has live work. The reviews of the two normative
 * documents of the seed are not here: the document demo data submits and approves them.
 *
 * <p>It acts through the use cases as the demo users {@code staff}, {@code officer}, {@code leader} and
 * {@code reviewer} (not as {@code Actor.system()}): LR-04 needs the submitter and the reviewer to be different
 * people, and the reviewer must be the one assigned. "Today" comes from a {@link DemoDay} the loader moves
 * through 2025, handed to the use cases by {@link ReviewWiring#reviewingAsOf}; that keeps every rule in force on
 * the demo dates, where a system-only "submittedOn" field would have to bypass them.
 */
@ApplicationScoped
public class ReviewDemoData {

    /** After {@link DemoDataLoader} (default observer priority), which creates the townships. */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 600;
    private static final Logger LOG = Logger.getLogger(ReviewDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    /** Its presence means the demo reviews are loaded. */
    private static final String MARKER = "HT-2025-018";

    private static final Actor STAFF = person("staff", Role.STAFF);
    private static final Actor OFFICER = person("officer", Role.OFFICER);
    private static final Actor LEADER = person("leader", Role.LEADER);
    private static final Actor REVIEWER = person("reviewer", Role.LEGAL_REVIEWER);

    private final ReviewWiring wiring;
    private final Supplier<WorkingDays> workingDays;
    private final Clock clock;
    private final boolean enabled;
    private final DemoDay day = new DemoDay(LocalDate.of(2025, 1, 2));
    private ReviewingLegality reviews;

    public ReviewDemoData(ReviewWiring wiring, Supplier<WorkingDays> workingDays, Clock clock,
                          @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.wiring = wiring;
        this.workingDays = workingDays;
        this.clock = clock;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        reviews = wiring.reviewingAsOf(day);
        ReviewQuery marker = new ReviewQuery(SubjectType.CONTRACT, MARKER, null, null, null, null, null);
        if (reviews.list(Actor.system(), JINHE, marker, PageRequest.of(0, 1, null, ReviewQuery.SORTABLE,
                ReviewQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        // 2025: 重大行政决策, approved after the seven working days of LR-02
        LegalityReview market = submit("2025-04-14", LEADER, SubjectType.MAJOR_DECISION, "JC-2025-01",
                "锦和镇集镇农贸市场改造提升项目", true,
                "农贸市场改造提升项目决策草案", "公众意见征集及采纳情况报告", "专家论证意见", "社会稳定风险评估报告");
        decide("2025-04-25", market, new ReviewOpinion.Approved());

        // 2025: 重大合同, approved with changes
        LegalityReview sewer = submit("2025-06-09", STAFF, SubjectType.CONTRACT, MARKER,
                "锦和镇集镇污水管网建设工程施工合同", true,
                "施工合同文本（送审稿）", "招标文件及中标通知书", "项目立项批复");
        decide("2025-06-16", sewer, new ReviewOpinion.ApprovedWithChanges(List.of(
                "第十二条违约金比例调整为不超过合同价款的20%",
                "补充工程进度款按实际完成工程量支付的条款",
                "明确管网工程质量保修期不少于五年")));

        // 2025: 重大合同, rejected, then resubmitted and passed in round 2 (LR-05)
        LegalityReview solar = submit("2025-07-07", STAFF, SubjectType.CONTRACT, "HT-2025-023",
                "锦和镇村级光伏电站屋顶租赁协议", true,
                "租赁协议文本（送审稿）", "项目备案证明");
        solar = decide("2025-07-15", solar, new ReviewOpinion.Rejected(List.of(
                "协议约定租赁期限二十五年，超过《民法典》第七百零五条规定的二十年最长期限",
                "未附村民代表会议同意出租集体资产的决议")));
        solar = at("2025-07-21").resubmit(STAFF, JINHE, solar.id(), solar.version(), List.of(
                "租赁协议文本（修改稿，租期调整为二十年）", "村民代表会议决议", "修改情况说明"));
        decide("2025-07-28", solar, new ReviewOpinion.Approved());

        // 2025: 重大执法决定法制审核, approved
        LegalityReview quarry = submit("2025-09-15", OFFICER, SubjectType.ENFORCEMENT_DECISION, "AJ-2025-006",
                "某砂石加工场超范围开采案拟作出的行政处罚决定", true,
                "行政处罚决定书（代拟稿）", "案件调查终结报告", "听证笔录", "集体讨论记录");
        decide("2025-09-19", quarry, new ReviewOpinion.Approved());

        // 2025: 其他, rejected and left so: the gate blocks it
        LegalityReview rent = submit("2025-11-03", STAFF, SubjectType.OTHER, "QT-2025-004",
                "锦和镇集镇公有门面租金调整方案", true,
                "租金调整方案（送审稿）", "门面租金市场评估报告");
        decide("2025-11-12", rent, new ReviewOpinion.Rejected(List.of(
                "调整国有资产租金未履行资产评估备案程序",
                "方案未听取承租户意见")));

        // 2025: 重大合同, assigned but never answered: overdue since 2025-12-29
        submit("2025-12-08", STAFF, SubjectType.CONTRACT, "HT-2025-031",
                "锦和镇中心小学食堂食材配送服务合同", true,
                "配送服务合同文本（送审稿）", "询价采购记录", "供应商资质材料");

        // open now: the reviewer's inbox (and one waiting for a reviewer)
        LocalDate today = clock.today();
        submit(workingDaysBefore(today, 10), STAFF, SubjectType.CONTRACT, "HT-" + today.getYear() + "-042",
                "锦和镇敬老院消防设施改造工程施工合同", true,
                "施工合同文本（送审稿）", "工程预算书", "比选结果公示");
        submit(workingDaysBefore(today, 3), LEADER, SubjectType.MAJOR_DECISION, "JC-" + today.getYear() + "-03",
                "锦和镇" + (today.getYear() + 1) + "年度民生实事项目安排", true,
                "民生实事项目安排（征求意见稿）", "公众意见征集情况", "项目资金测算表");
        submit(workingDaysBefore(today, 1), STAFF, SubjectType.OTHER, "QT-" + today.getYear() + "-011",
                "锦和镇防汛抗旱应急预案（修订）", false,
                "应急预案（修订送审稿）", "修订说明");
        LOG.info("demo data loaded: 9 legality reviews of jinhe");
    }

    private LegalityReview submit(String on, Actor submitter, SubjectType type, String ref, String title,
                                  boolean assigned, String... materials) {
        return submit(LocalDate.parse(on), submitter, type, ref, title, assigned, materials);
    }

    private LegalityReview submit(LocalDate on, Actor submitter, SubjectType type, String ref, String title,
                                  boolean assigned, String... materials) {
        return at(on).submit(submitter, JINHE, new ReviewSubmission(type, ref, title, List.of(materials),
                assigned ? REVIEWER.username() : null));
    }

    private LegalityReview decide(String on, LegalityReview review, ReviewOpinion opinion) {
        return at(on).decide(REVIEWER, JINHE, review.id(), review.version(), opinion);
    }

    private ReviewingLegality at(String day) {
        return at(LocalDate.parse(day));
    }

    private ReviewingLegality at(LocalDate date) {
        day.on(date);
        return reviews;
    }

    private LocalDate workingDaysBefore(LocalDate from, int days) {
        WorkingDays count = workingDays.get();
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (count.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    private static Actor person(String username, Role role) {
        return new Actor(username, Set.of(role), Set.of(JINHE), false);
    }
}
