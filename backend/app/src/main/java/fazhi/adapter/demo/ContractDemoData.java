package fazhi.adapter.demo;

import fazhi.attachment.model.AttachmentKind;
import fazhi.attachment.port.in.KeepingAttachments;
import fazhi.config.ContractWiring;
import fazhi.config.ReviewWiring;
import fazhi.contract.model.AmendmentTerms;
import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractTerm;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.Counterparty;
import fazhi.contract.model.MilestoneKind;
import fazhi.contract.model.ProcurementMethod;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.ManagingContracts.AddMilestone;
import fazhi.contract.port.in.ManagingContracts.Approve;
import fazhi.contract.port.in.ManagingContracts.Archive;
import fazhi.contract.port.in.ManagingContracts.Complete;
import fazhi.contract.port.in.ManagingContracts.CompleteMilestone;
import fazhi.contract.port.in.ManagingContracts.ProposeAmendment;
import fazhi.contract.port.in.ManagingContracts.RecordPayment;
import fazhi.contract.port.in.ManagingContracts.Sign;
import fazhi.contract.port.in.ManagingContracts.SubmitForReview;
import fazhi.contract.port.in.ManagingContracts.Terminate;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.shared.model.Actor;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Money;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.ResidentIdNumber;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.Clock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo contracts (合同台账) of Jinhe (锦和镇) for the local run: twelve contracts registered in 2025 across the types
 * (road works, a land lease, school cleaning services, a village water project, the legal adviser's engagement with
 * 湖南芙蓉律师事务所, goods, a lease, a cooperation agreement...), numbered 锦和合〔2025〕第1号 to 第12号 in the order of
 * registration, in every state from draft to archive.
 *
 * <p>Two are major (CON-01): the land lease (by its type) and the village water project (1 280 000.00, above the
 * default 500 000.00); both went through a passed legality review (LR-03) before approval and signing. The road works
 * were amended once (补充协议: a wider road, 468 000.00 → 496 000.00), so they show two versions (CON-02).
 * As of the day the demo starts, the water project has one milestone overdue and the school cleaning contract ends
 * within 30 days (CON-03), so the ledger and the deadlines radar show their marks. Counterparties and persons are
 * invented; credit codes and the identity number carry valid check characters.
 *
 * <p>It acts through the use cases as the demo users {@code staff}, {@code leader} and {@code reviewer}, on a
 * {@link DemoDay} moved to the date of each step and handed to the use cases by {@link ContractWiring#contractsAsOf}
 * and {@link ReviewWiring#reviewingAsOf}, so every rule holds on those dates. It loads only into a township without
 * contracts.
 */
@ApplicationScoped
public class ContractDemoData {

    /** After {@link DemoDataLoader} (townships) and the reviews' demo data. */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 1100;
    private static final Logger LOG = Logger.getLogger(ContractDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    static final String RECORD_TYPE = "contract";

    private static final Actor STAFF = demoUser("staff", Role.STAFF);
    private static final Actor LEADER = demoUser("leader", Role.LEADER);
    private static final Actor REVIEWER = demoUser("reviewer", Role.LEGAL_REVIEWER);

    private final Clock clock;
    private final boolean enabled;
    private final DemoDay day = new DemoDay(LocalDate.of(2025, 1, 2));
    private final ManagingContracts contracts;
    private final ReviewingLegality reviews;
    private final KeepingAttachments attachments;

    public ContractDemoData(ContractWiring wiring, ReviewWiring reviewWiring, KeepingAttachments attachments,
                            Clock clock, @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
        this.attachments = attachments;
        this.contracts = wiring.contractsAsOf(day);
        this.reviews = reviewWiring.reviewingAsOf(day);
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        if (contracts.list(Actor.system(), JINHE, ContractQuery.all(), PageRequest.of(0, 1, null,
                ContractQuery.SORTABLE, ContractQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        LocalDate today = clock.today();
        contracts2025(today);
        LOG.info("demo data loaded: 12 contracts of jinhe 2025");
    }

    private void contracts2025(LocalDate today) {
        // 1. 法律顾问: the seed's legal adviser, engaged for 2025, performed and archived
        register("2025-01-06", details("锦和镇人民政府2025年度法律顾问服务合同", ContractType.SERVICES,
                organisation("湖南芙蓉律师事务所", "31430000MD0128765K", "彭卫东", "0731-84561234",
                        "长沙市芙蓉区五一大道"),
                "60000.00", "2025-01-01", "2025-12-31", "党政综合办公室", "杨丽华",
                ProcurementMethod.COMPETITIVE_NEGOTIATION, "为镇党委政府重大决策、规范性文件、重大合同提供法律意见，"
                        + "参与矛盾纠纷化解，每月驻镇不少于2天"))
                .approve("2025-01-08", "同意聘请")
                .sign("2025-01-09", "赵志刚", "彭卫东")
                .milestone(MilestoneKind.PAYMENT, "上半年顾问费", "2025-01-20", "30000.00")
                .milestone(MilestoneKind.PAYMENT, "下半年顾问费", "2025-07-20", "30000.00")
                .pay("2025-01-16", 1, "30000.00", "锦财付〔2025〕0116号")
                .pay("2025-07-15", 2, "30000.00", "锦财付〔2025〕0715号")
                .complete("2025-12-31")
                .archive("2025-12-31");

        // 2. 机关食堂食材配送: goods, completed
        register("2025-01-10", details("锦和镇机关食堂食材配送合同", ContractType.GOODS,
                organisation("麻阳鲜丰农产品配送有限公司", "91431226MA4L3JH5XF", "舒建平", "13874512301", null),
                "128000.00", "2025-01-15", "2025-12-31", "党政综合办公室", "杨丽华", ProcurementMethod.INQUIRY,
                "机关食堂蔬菜、肉类、米油等食材按周配送，按实结算"))
                .approve("2025-01-13", null)
                .sign("2025-01-14", "赵志刚", "舒建平")
                .milestone(MilestoneKind.PAYMENT, "上半年配送款", "2025-07-10", "64000.00")
                .milestone(MilestoneKind.PAYMENT, "下半年配送款", "2025-12-31", "64000.00")
                .pay("2025-07-08", 1, "64000.00", null)
                .pay("2025-12-26", 2, "64000.00", null)
                .complete("2025-12-31");

        // 3. 土地租赁: major by its type (CON-01), reviewed and passed before approval (LR-03); a person's land
        register("2025-02-17", details("锦和镇集镇农贸市场配套停车场土地租赁合同", ContractType.LAND,
                Counterparty.individual("龙光明", ResidentIdNumber.parse("idNumber", "431226196708230411"),
                        "13974562318", "锦和镇青山村5组"),
                "180000.00", "2025-03-01", "2030-02-28", "镇规划建设办公室", "田海波", ProcurementMethod.SINGLE_SOURCE,
                "租用青山村5组龙光明承包地3.2亩建设农贸市场配套停车场，租期五年，租金一次付清"))
                .review("2025-02-18", "2025-02-25", "土地租赁合同文本（送审稿）", "土地承包经营权证复印件",
                        "青山村村民代表会议决议")
                .approve("2025-02-26", "同意签订")
                .sign("2025-02-27", "赵志刚", "龙光明")
                .milestone(MilestoneKind.PAYMENT, "五年租金一次付清", "2025-03-10", "180000.00")
                .milestone(MilestoneKind.DELIVERABLE, "土地交付", "2025-03-01", null)
                .done("2025-03-01", 2, "现场交付，四至清楚")
                .pay("2025-03-06", 1, "180000.00", "锦财付〔2025〕0306号");

        // 4. 和平村道路硬化: works below the threshold, amended once (CON-02: two versions), still under warranty
        Ledger road = register("2025-03-10", details("锦和镇和平村组级道路硬化工程施工合同", ContractType.WORKS,
                organisation("麻阳兴旺建筑工程有限公司", "91431226MA4Q1KD8WT", "王建兴", "13907451111",
                        "麻阳苗族自治县高村镇"),
                "468000.00", "2025-04-01", "2027-11-30", "镇规划建设办公室", "陈文",
                ProcurementMethod.COMPETITIVE_NEGOTIATION, "和平村3组至7组组级道路硬化2.1公里，路面宽4.5米；"
                        + "2025年10月31日前竣工，质量保修期两年"))
                .approve("2025-03-20", "同意")
                .sign("2025-03-25", "赵志刚", "王建兴")
                .milestone(MilestoneKind.PAYMENT, "预付款（30%）", "2025-04-10", "140400.00")
                .pay("2025-04-08", 1, "140400.00", "锦财付〔2025〕0408号");
        road.amend("2025-08-18", "关于和平村道路加宽及延长工期的补充协议",
                        "应沿线村民要求，5组段路面加宽0.5米，增加工程量28000元，竣工时间顺延至2025年11月30日",
                        "496000.00", "2025-04-01", "2027-11-30")
                .amendmentApproved("2025-08-20")
                .amendmentSigned("2025-08-22", "赵志刚", "王建兴")
                .milestone(MilestoneKind.ACCEPTANCE, "竣工验收", "2025-11-30", null)
                .done("2025-11-26", 2, "镇村两级联合验收合格")
                .milestone(MilestoneKind.PAYMENT, "工程结算款（至结算价的95%）", "2025-12-20", "330800.00")
                .pay("2025-12-18", 3, "330800.00", "锦财付〔2025〕1218号")
                .milestone(MilestoneKind.PAYMENT, "质保金（5%，质保期满两年后支付）", "2027-11-30", "24800.00");

        // 5. 清水村安全饮水: major by amount (CON-01), tendered, reviewed and passed (LR-03); a milestone overdue now
        register("2025-05-06", details("锦和镇清水村安全饮水巩固提升工程施工合同", ContractType.WORKS,
                organisation("湖南沅水水利水电建设有限公司", "91430000MA4R7NC2YF", "向国华", "0745-2238861",
                        "怀化市鹤城区"),
                "1280000.00", "2025-06-01", "2027-05-31", "镇农业农村办公室", "滕文军", ProcurementMethod.TENDER,
                "新建蓄水池2座、铺设供水主管网6.8公里，解决清水村4个村民小组1260人饮水问题"))
                .review("2025-05-07", "2025-05-14", "施工合同文本（送审稿）", "招标文件及中标通知书", "项目立项批复")
                .approve("2025-05-16", "同意签订，按合同约定严格管理工程进度款")
                .sign("2025-05-20", "赵志刚", "向国华")
                .milestone(MilestoneKind.PAYMENT, "预付款（30%）", "2025-06-10", "384000.00")
                .pay("2025-06-06", 1, "384000.00", "锦财付〔2025〕0606号")
                .milestone(MilestoneKind.DELIVERABLE, "蓄水池主体及主管网完工", today.minusDays(15), null)
                .milestone(MilestoneKind.ACCEPTANCE, "竣工验收", today.plusDays(90), null)
                .milestone(MilestoneKind.PAYMENT, "工程进度款（至60%）", today.plusDays(100), "384000.00");

        // 6. 防汛物资采购: goods, completed and archived
        register("2025-05-19", details("锦和镇2025年防汛抗旱物资采购合同", ContractType.GOODS,
                organisation("怀化安达应急物资有限公司", "91431200MA4T2GK7LL", "李安达", "0745-2712345", null),
                "65800.00", "2025-05-20", "2025-06-30", "镇应急管理办公室", "龙建国", ProcurementMethod.INQUIRY,
                "救生衣200件、编织袋5000条、应急照明灯50台等"))
                .approve("2025-05-21", null)
                .sign("2025-05-22", "赵志刚", "李安达")
                .milestone(MilestoneKind.DELIVERABLE, "物资到货验收", "2025-06-05", null)
                .done("2025-06-03", 1, "按清单验收，数量质量合格")
                .milestone(MilestoneKind.PAYMENT, "货款", "2025-06-20", "65800.00")
                .pay("2025-06-12", 2, "65800.00", null)
                .complete("2025-06-30")
                .archive("2025-07-10");

        // 7. 文化广场LED屏租赁: a lease in performance over two years
        register("2025-06-23", details("锦和镇文化广场LED显示屏租赁合同", ContractType.LEASE,
                organisation("麻阳星光传媒有限公司", "91431226MA4M6FL2E3", "杨星", "13807456789", null),
                "24000.00", "2025-07-01", "2027-06-30", "镇综合文化站", "麻晓燕", ProcurementMethod.INQUIRY,
                "租用LED显示屏用于法治宣传、政务公开，按年付租金"))
                .approve("2025-06-25", null)
                .sign("2025-06-27", "赵志刚", "杨星")
                .milestone(MilestoneKind.PAYMENT, "第一年租金", "2025-07-15", "12000.00")
                .milestone(MilestoneKind.PAYMENT, "第二年租金", "2026-07-15", "12000.00")
                .pay("2025-07-10", 1, "12000.00", null)
                .payIfPast(today, "2026-07-10", 2, "12000.00");

        // 8. 集镇路灯维修: services, completed and archived
        register("2025-07-14", details("锦和镇集镇路灯维修服务合同", ContractType.SERVICES,
                organisation("麻阳明亮照明工程有限公司", "91431226MA4N8RW4H6", "吴明亮", "13574561234", null),
                "38500.00", "2025-07-15", "2025-09-30", "镇规划建设办公室", "陈文", ProcurementMethod.INQUIRY,
                "集镇主街道路灯126盏检修、更换灯具38套"))
                .approve("2025-07-15", null)
                .sign("2025-07-16", "赵志刚", "吴明亮")
                .milestone(MilestoneKind.PAYMENT, "维修费", "2025-10-15", "38500.00")
                .pay("2025-10-10", 1, "38500.00", null)
                .complete("2025-10-10")
                .archive("2025-10-20");

        // 9. 中心小学校园保洁: services ending within 30 days of today (CON-03)
        register("2025-08-18", details("锦和镇中心小学及幼儿园校园保洁服务合同", ContractType.SERVICES,
                organisation("麻阳洁美物业服务有限公司", "91431226MA4P9BT3RP", "姚秀兰", "13907453456",
                        "麻阳苗族自治县高村镇锦江路"),
                "96000.00", "2025-09-01", today.plusDays(20).toString(), "党政综合办公室", "杨丽华",
                ProcurementMethod.INQUIRY, "中心小学、中心幼儿园校园日常保洁，保洁人员4名"))
                .approve("2025-08-25", "同意")
                .sign("2025-08-27", "赵志刚", "姚秀兰")
                .milestone(MilestoneKind.PAYMENT, "首期服务费", "2025-09-10", "48000.00")
                .pay("2025-09-08", 1, "48000.00", null)
                .milestone(MilestoneKind.PAYMENT, "尾期服务费", today.plusDays(20), "48000.00");

        // 10. 敬老院消防改造: works, terminated
        register("2025-09-01", details("锦和镇敬老院消防设施改造工程施工合同", ContractType.WORKS,
                organisation("怀化平安消防工程有限公司", "91431226MA4K5UC9DK", "张平安", "13874519876", null),
                "186000.00", "2025-09-10", "2025-12-10", "镇应急管理办公室", "龙建国",
                ProcurementMethod.COMPETITIVE_NEGOTIATION, "敬老院自动喷淋、烟感报警及应急照明改造"))
                .approve("2025-09-03", null)
                .sign("2025-09-05", "赵志刚", "张平安")
                .terminate("2025-11-12", "施工方消防设施工程专业承包资质被注销，无法继续履约，经双方协商一致解除合同");

        // 11. 油茶产业合作: cooperation, approved and waiting for its signing
        register("2025-11-10", details("锦和镇油茶产业发展合作协议", ContractType.COOPERATION,
                organisation("麻阳苗乡油茶开发有限公司", "91431226MA4R3XP6B7", "滕茂林", "13907459012", null),
                "200000.00", "2026-01-01", "2028-12-31", "镇农业农村办公室", "滕文军", ProcurementMethod.OTHER,
                "发展油茶基地500亩，镇级产业扶持资金分三年拨付"))
                .approve("2025-11-20", "同意，签订前请法律顾问再核对收益分配条款");

        // 12. 农村公路养护: services, a draft for next year
        register("2025-12-20", details("锦和镇2026年度农村公路日常养护服务合同", ContractType.SERVICES,
                organisation("麻阳通达公路养护有限公司", "91431226MA4L8QM1TT", "向通达", "13807451357", null),
                "150000.00", "2026-01-01", "2026-12-31", "镇规划建设办公室", "陈文", ProcurementMethod.INQUIRY,
                "全镇农村公路42公里日常养护"));
    }

    // ---- the demo's records ----

    private static ContractDetails details(String title, ContractType type, Counterparty counterparty, String amount,
                                           String startOn, String endOn, String department, String person,
                                           ProcurementMethod method, String summary) {
        return new ContractDetails(title, type, counterparty, Money.of(amount),
                new ContractTerm(LocalDate.parse(startOn), LocalDate.parse(endOn)), department, person, method,
                method == ProcurementMethod.TENDER, summary);
    }

    private static Counterparty organisation(String name, String creditCode, String representative, String phone,
                                             String address) {
        return Counterparty.organisation(name, CreditCode.parse("creditCode", creditCode), representative, phone,
                address);
    }

    private Ledger register(String on, ContractDetails details) {
        day.on(LocalDate.parse(on));
        return new Ledger(contracts.register(STAFF, JINHE, details));
    }

    /** One contract as the demo works it: each step on its day, from the version the last step left. */
    private final class Ledger {

        private ContractOverview contract;

        Ledger(ContractOverview contract) {
            this.contract = contract;
        }

        private String id() {
            return contract.contract().id();
        }

        private long version() {
            return contract.contract().version();
        }

        private ManagingContracts on(String date) {
            return on(LocalDate.parse(date));
        }

        private ManagingContracts on(LocalDate date) {
            day.on(date);
            return contracts;
        }

        /** Submitted by the clerk to the demo reviewer, who approves it. */
        Ledger review(String submittedOn, String approvedOn, String... materials) {
            contract = on(submittedOn).submitForReview(STAFF, JINHE, id(), version(),
                    new SubmitForReview(List.of(materials), REVIEWER.username()));
            day.on(LocalDate.parse(approvedOn));
            LegalityReview review = reviews.get(REVIEWER, JINHE, contract.review().reviewId());
            reviews.decide(REVIEWER, JINHE, review.id(), review.version(), new ReviewOpinion.Approved());
            contract = contracts.get(STAFF, JINHE, id());
            return this;
        }

        Ledger approve(String on, String opinion) {
            contract = on(on).approve(LEADER, JINHE, id(), version(), new Approve(null, opinion));
            return this;
        }

        Ledger sign(String on, String... signatories) {
            day.on(LocalDate.parse(on));
            contract = contracts.sign(STAFF, JINHE, id(), version(), new Sign(null, List.of(signatories),
                    uploaded(contract.contract().details().title())));
            return this;
        }

        Ledger milestone(MilestoneKind kind, String title, String dueOn, String amount) {
            return milestone(kind, title, LocalDate.parse(dueOn), amount);
        }

        Ledger milestone(MilestoneKind kind, String title, LocalDate dueOn, String amount) {
            contract = contracts.addMilestone(STAFF, JINHE, id(), version(), new AddMilestone(kind, title, dueOn,
                    amount == null ? null : Money.of(amount)));
            return this;
        }

        Ledger pay(String on, int milestone, String amount, String voucher) {
            contract = on(on).recordPayment(STAFF, JINHE, id(), version(), new RecordPayment(milestone, null,
                    Money.of(amount), voucher));
            return this;
        }

        /** A payment dated after 2025, recorded only once that day has come. */
        Ledger payIfPast(LocalDate today, String on, int milestone, String amount) {
            return LocalDate.parse(on).isAfter(today) ? this : pay(on, milestone, amount, null);
        }

        Ledger done(String on, int milestone, String note) {
            contract = on(on).completeMilestone(STAFF, JINHE, id(), version(), milestone,
                    new CompleteMilestone(null, note, List.of()));
            return this;
        }

        Ledger complete(String on) {
            contract = on(on).complete(STAFF, JINHE, id(), version(), new Complete(null));
            return this;
        }

        Ledger terminate(String on, String reason) {
            contract = on(on).terminate(LEADER, JINHE, id(), version(), new Terminate(null, reason));
            return this;
        }

        Ledger archive(String on) {
            contract = on(on).archive(STAFF, JINHE, id(), version(), new Archive(null));
            return this;
        }

        /** 补充协议 with the same counterparty and a new amount and term. */
        Ledger amend(String on, String title, String reason, String amount, String startOn, String endOn) {
            AmendmentTerms terms = new AmendmentTerms(contract.contract().details().counterparty(),
                    Money.of(amount), new ContractTerm(LocalDate.parse(startOn), LocalDate.parse(endOn)));
            contract = on(on).proposeAmendment(STAFF, JINHE, id(), version(),
                    new ProposeAmendment(title, reason, terms));
            return this;
        }

        Ledger amendmentApproved(String on) {
            contract = on(on).approveAmendment(LEADER, JINHE, id(), version(), lastAmendment(),
                    new Approve(null, "同意签订补充协议"));
            return this;
        }

        Ledger amendmentSigned(String on, String... signatories) {
            day.on(LocalDate.parse(on));
            contract = contracts.signAmendment(STAFF, JINHE, id(), version(), lastAmendment(),
                    new Sign(null, List.of(signatories), uploaded("补充协议")));
            return this;
        }

        private int lastAmendment() {
            return contract.amendments().size();
        }

        /** The signed text as a file of the contract. */
        private String uploaded(String title) {
            byte[] pdf = DemoPdf.page("Jinhe contract " + contract.contract().number().year() + " No. "
                    + contract.contract().number().sequence() + " (signed)");
            return attachments.upload(STAFF, JINHE, new KeepingAttachments.Upload(RECORD_TYPE, id(),
                    AttachmentKind.CONTRACT, title + "（签订版）.pdf", pdf.length,
                    () -> new ByteArrayInputStream(pdf))).id();
        }
    }

    private static Actor demoUser(String username, Role role) {
        return new Actor(username, Set.of(role), Set.of(JINHE), false);
    }
}
