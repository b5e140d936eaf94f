package fazhi.adapter.demo;

import fazhi.attachment.model.AttachmentKind;
import fazhi.attachment.port.in.KeepingAttachments;
import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.Procedure;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.config.EnforcementWiring;
import fazhi.config.ReviewWiring;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Close;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Deliver;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Execute;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Investigate;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Publish;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.RequestLegalReview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.WaiveHearing;
import fazhi.enforcement.service.EnforcementCaseService;
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
 * Demo enforcement cases (行政处罚案件) of Jinhe (锦和镇) for the local run.
 *
 * <p>2025, the seed's "开具处罚决定书7次，其中罚款6次，警告1次" and "首违不罚和警告教育相结合": exactly twelve cases, all
 * in the four safety fields (道路交通、水上交通、消防、非煤矿山), filed and closed in 2025: seven penalty decisions
 * (锦和罚决字〔2025〕第1号 to 第7号: six fines, one warning), three 首违不罚 with the education given and two 轻微不罚.
 * With the 25 inspections of 2025 (the inspections' demo data) they make the seed's "近40次" enforcement activities
 * (37). Simple (当场) and ordinary procedures are mixed; every case has its full-process record (body-recorder
 * footage, documents, certificates shown, uniform); the fines are paid on time (two on the last day), one late
 * with the 3 % daily surcharge; five of the penalty decisions are published. Parties, places and numbers are
 * invented; the identity numbers (area code 431226, 麻阳) and credit codes carry valid check characters.
 *
 * <p>Now: four open cases dated back from the day the demo starts, so the deadlines radar has something in the
 * coming week: a hearing window open, a delivery due, a fine's payment due, a decision due (ENF-04, ENF-06,
 * ENF-10, ENF-11). They fall in the current year, never in 2025 (dates before 1 January are moved to it).
 *
 * <p>It acts through the use cases as the demo users {@code officer} and {@code leader} (publication is the
 * leader's; the one major case's legal review is approved by {@code reviewer}), on a {@link DemoDay} moved to the
 * date of each step and handed to the use cases by {@link EnforcementWiring#processingAsOf}, so every rule holds on
 * those dates. The officers are the ten of {@link DemoDataLoader}, each certified on every day they act. It loads
 * only into a township without cases.
 */
@ApplicationScoped
public class EnforcementCaseDemoData {

    /** After {@link DemoDataLoader} (townships and officers) and the other areas' demo data. */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 1000;
    private static final Logger LOG = Logger.getLogger(EnforcementCaseDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    /** The demo officers this data names (see {@link DemoDataLoader}). */
    static final List<String> OFFICERS = List.of("龙建国", "滕晓梅", "舒立平", "田志军", "杨春燕", "麻永红", "姚文斌",
            "张秀兰", "向德胜", "吴海燕");

    private static final Actor OFFICER = demoUser("officer", Role.OFFICER);
    private static final Actor LEADER = demoUser("leader", Role.LEADER);
    private static final Actor REVIEWER = demoUser("reviewer", Role.LEGAL_REVIEWER);

    private final ManagingOfficers officers;
    private final Clock clock;
    private final boolean enabled;
    private final DemoDay day = new DemoDay(LocalDate.of(2025, 1, 2));
    private final ProcessingEnforcementCases cases;
    private final ReviewingLegality reviews;
    private final KeepingAttachments attachments;

    public EnforcementCaseDemoData(EnforcementWiring wiring, ReviewWiring reviewWiring, ManagingOfficers officers,
                                   KeepingAttachments attachments, Clock clock,
                                   @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.officers = officers;
        this.attachments = attachments;
        this.clock = clock;
        this.enabled = enabled;
        this.cases = wiring.processingAsOf(day);
        this.reviews = reviewWiring.reviewingAsOf(day);
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        if (cases.list(Actor.system(), JINHE, EnforcementCaseQuery.all(), PageRequest.of(0, 1, null,
                EnforcementCaseQuery.SORTABLE, EnforcementCaseQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        cases2025();
        openCases(clock.today());
        LOG.info("demo data loaded: 12 enforcement cases of jinhe 2025 and 4 open ones");
    }

    /** The twelve cases of 2025, in the order of filing and of decision, so both numbers run with the dates. */
    private void cases2025() {
        // 1. 道路交通, 当场: 三轮车违法载人, 首违不罚
        file("2025-01-16", details(EnforcementField.ROAD_TRAFFIC_SAFETY, Procedure.SIMPLE,
                person("黄顺才", "431226196804120319", "13574561203", "锦和镇清水村4组"),
                "当事人驾驶湘N·3K7X2号三轮摩托车，在S229线锦和镇清水村路段违法载人，车厢内搭载乘客3人，未造成危害后果。",
                "S229线锦和镇清水村路段", "2025-01-16", "2025-01-16", "龙建国", "滕晓梅"))
                .decide("2025-01-16", firstViolation("执法人员当场指出违法行为，讲解《中华人民共和国道路交通安全法》第五十条"
                        + "货运机动车不得载客的规定，乘客当场下车改乘客车，当事人签署《遵守交通安全承诺书》。"), true)
                .deliver("2025-01-16", "当场交付")
                .record("JHZF-2025-0116-01")
                .close("2025-01-16");

        // 2. 水上交通: 渡船超载, 罚款1000元 (第1号), paid on the last day, published
        file("2025-03-05", details(EnforcementField.WATER_TRAFFIC_SAFETY, Procedure.ORDINARY,
                person("向明亮", "431226197508230577", "13974532518", "锦和镇长潭村2组"),
                "当事人驾驶“锦和渡5号”渡船（核定载客10人）在锦江长潭渡口摆渡，实载乘客14人，超载4人。",
                "锦江长潭渡口（锦和镇长潭村）", "2025-03-04", "2025-03-04", "舒立平", "向德胜"))
                .investigate("2025-03-05", "调取渡口监控视频，询问当事人及乘客，核查渡船检验证书和船员适任证书。")
                .giveNotice("2025-03-12", fine("1000.00"), false)
                .decide("2025-03-20", fine("1000.00"), false)
                .deliver("2025-03-24", "直接送达")
                .publish("2025-03-28")
                .pay("2025-04-08", "1000.00")
                .record("JHZF-2025-0304-01")
                .attach("锦和罚决字〔2025〕第1号 行政处罚决定书.pdf", AttachmentKind.DECISION_DOCUMENT,
                        "Jinhe penalty decision 2025 No. 1")
                .attach("送达回证 2025-03-24.pdf", AttachmentKind.DELIVERY_RECEIPT, "Delivery receipt 2025-03-24")
                .close("2025-04-10");

        // 3. 消防: 加油站消防车通道堵塞, 罚款5000元 (第2号), decided with the party present, paid on the last day
        file("2025-03-27", details(EnforcementField.FIRE_SAFETY, Procedure.ORDINARY,
                organisation("麻阳兴和石油销售有限公司锦和加油站", "91431226MA4L2B7K27", "舒国华", "0745-5861236",
                        "锦和镇锦和社区S229线旁"),
                "当事人在站区东侧消防车通道堆放油罐车配件及建筑材料，堵塞消防车通道约15米，经现场责令仍未及时清除。",
                "锦和镇锦和社区兴和加油站", "2025-03-26", "2025-03-26", "滕晓梅", "舒立平"))
                .investigate("2025-03-27", "现场勘验、拍照取证，询问加油站站长，调取站区消防平面布置图。")
                .giveNotice("2025-04-03", fine("5000.00"), false)
                .decide("2025-04-11", fine("5000.00"), true)
                .deliver("2025-04-11", "当场交付")
                .publish("2025-04-15")
                .pay("2025-04-26", "5000.00")
                .record("JHZF-2025-0326-02")
                .close("2025-04-28");

        // 4. 非煤矿山, 当场: 采石场作业人员未佩戴劳动防护用品, 警告 (第3号)
        file("2025-04-22", details(EnforcementField.NON_COAL_MINE_SAFETY, Procedure.SIMPLE,
                organisation("麻阳岩门石业有限公司", "91431226MA4M0C3D2L", "田茂林", "13707456620", "锦和镇岩门村"),
                "当事人采石场破碎作业区2名作业人员未佩戴安全帽、防尘口罩，企业未督促从业人员正确佩戴劳动防护用品。",
                "锦和镇岩门村岩门采石场", "2025-04-22", "2025-04-22", "龙建国", "舒立平"))
                .giveNotice("2025-04-22", new Outcome.Warning(), false, "当场告知")
                .decide("2025-04-22", new Outcome.Warning(), true)
                .deliver("2025-04-22", "当场交付")
                .record("JHZF-2025-0422-01")
                .close("2025-04-23");

        // 5. 道路交通, 当场: 三轮车违法载人经劝导拒不改正, 罚款100元 (第4号), paid on the spot
        file("2025-05-18", details(EnforcementField.ROAD_TRAFFIC_SAFETY, Procedure.SIMPLE,
                person("刘长青", "43122619900306113X", "15874519306", "锦和镇和平村6组"),
                "当事人驾驶湘N·8M2Q5号三轮摩托车在锦和镇集镇赶集日违法载客4人，经执法人员劝导后仍拒不改正。",
                "锦和镇集镇农贸市场路口", "2025-05-18", "2025-05-18", "龙建国", "田志军"))
                .giveNotice("2025-05-18", fine("100.00"), false, "当场告知")
                .decide("2025-05-18", fine("100.00"), true)
                .deliver("2025-05-18", "当场交付")
                .pay("2025-05-18", "100.00")
                .record("JHZF-2025-0518-01")
                .close("2025-05-19");

        // 6. 消防: 商铺灭火器失效, 当场更换, 轻微不罚
        file("2025-06-11", details(EnforcementField.FIRE_SAFETY, Procedure.ORDINARY,
                person("杨桂香", "431226198209170425", "13087451109", "锦和镇锦和社区新街12号"),
                "当事人经营的桂香百货商店店内配置的2具灭火器压力不足、失效，消防设施未保持完好有效，经责令当场更换合格灭火器。",
                "锦和镇锦和社区新街12号", "2025-06-10", "2025-06-10", "滕晓梅", "杨春燕"))
                .investigate("2025-06-11", "现场检查、拍照，核实当事人已更换合格灭火器，询问当事人。")
                .decide("2025-06-17", minor("违法行为轻微并已当场改正，没有造成危害后果，依据《中华人民共和国行政处罚法》"
                        + "第三十三条第一款不予行政处罚，并对当事人进行了消防安全教育。"), false)
                .deliver("2025-06-19", "直接送达")
                .record("JHZF-2025-0610-01")
                .close("2025-06-20");

        // 7. 非煤矿山: 砂石场未设置安全警示标志, 罚款8000元 (第5号); flagged major (repeated after an order to
        // correct): hearing offered and waived, legal review passed (ENF-07); paid 4 days late
        file("2025-07-02", major(details(EnforcementField.NON_COAL_MINE_SAFETY, Procedure.ORDINARY,
                organisation("麻阳顺通砂石有限公司", "91431226MA4N5R8E16", "向志强", "13974560871", "锦和镇高坪村"),
                "当事人砂石场在破碎机、皮带输送机及取土边坡等有较大危险因素的场所和设备上未设置明显的安全警示标志，"
                        + "2025年5月检查时已责令限期改正，逾期仍未改正。",
                "锦和镇高坪村顺通砂石场", "2025-07-01", "2025-07-01", "龙建国", "舒立平")))
                .investigate("2025-07-02", "现场勘验、拍照取证，调取前次检查记录和责令限期整改通知书，询问企业负责人。")
                .giveNotice("2025-07-09", fine("8000.00"), true)
                .waiveHearing("2025-07-10")
                .legalReview("2025-07-10", "行政处罚决定书（代拟稿）、案件调查终结报告、责令限期整改通知书、放弃听证声明",
                        "2025-07-14")
                .decide("2025-07-15", fine("8000.00"), false)
                .deliver("2025-07-17", "直接送达")
                .publish("2025-07-21")
                // due 2025-08-01; 4 days late: 8000.00 × 3 % × 4 = 960.00
                .pay("2025-08-05", "8960.00")
                .record("JHZF-2025-0701-01")
                .close("2025-08-08");

        // 8. 水上交通, 当场: 自用船乘员未穿救生衣, 首违不罚
        file("2025-08-09", details(EnforcementField.WATER_TRAFFIC_SAFETY, Procedure.SIMPLE,
                person("吴金海", "431226197901300754", "18974563012", "锦和镇新营村3组"),
                "当事人驾驶自用小型机动船在锦江锦和段载运3名亲友，船上人员均未穿着救生衣。",
                "锦江锦和镇河段（新营村码头）", "2025-08-09", "2025-08-09", "舒立平", "向德胜"))
                .decide("2025-08-09", firstViolation("当事人系初次违法且危害后果轻微，执法人员当场发放救生衣，讲解"
                        + "《中华人民共和国内河交通安全管理条例》有关规定，当事人当场改正。"), true)
                .deliver("2025-08-09", "当场交付")
                .record("JHZF-2025-0809-01")
                .close("2025-08-09");

        // 9. 道路交通: 货车车厢载运工人, 罚款2000元 (第6号), paid early, published
        file("2025-09-04", details(EnforcementField.ROAD_TRAFFIC_SAFETY, Procedure.ORDINARY,
                organisation("麻阳鑫源建材有限公司", "91431226MA4P1G6T1R", "刘德明", "0745-5862019", "锦和镇和平村"),
                "当事人使用湘N·5C39R号自卸货车车厢载运工人6人，从和平村搅拌站前往施工工地，途经锦和大桥时被查获。",
                "锦和镇锦和大桥", "2025-09-03", "2025-09-03", "滕晓梅", "田志军"))
                .investigate("2025-09-04", "询问驾驶人及企业负责人，调取车辆行驶记录和派车单。")
                .giveNotice("2025-09-11", fine("2000.00"), false)
                .decide("2025-09-19", fine("2000.00"), true)
                .deliver("2025-09-19", "当场交付")
                .publish("2025-09-24")
                .pay("2025-09-29", "2000.00")
                .record("JHZF-2025-0903-01")
                .close("2025-09-30");

        // 10. 消防, 当场: 楼道飞线充电, 首违不罚
        file("2025-10-14", details(EnforcementField.FIRE_SAFETY, Procedure.SIMPLE,
                person("陈秀英", "431226198605110280", "13517451486", "锦和镇锦和社区安置小区3栋"),
                "当事人在锦和社区安置小区3栋1单元楼道内私拉电线为电动自行车充电，占用疏散通道。",
                "锦和镇锦和社区安置小区3栋1单元", "2025-10-14", "2025-10-14", "滕晓梅", "舒立平"))
                .decide("2025-10-14", firstViolation("执法人员当场责令拆除私拉电线、将电动自行车移至集中充电点，讲解电动"
                        + "自行车违规充电的火灾风险和《中华人民共和国消防法》有关规定，当事人当场改正并签署承诺书。"), true)
                .deliver("2025-10-14", "当场交付")
                .record("JHZF-2025-1014-01")
                .close("2025-10-14");

        // 11. 非煤矿山: 安全培训记录不全, 次日补正, 轻微不罚
        file("2025-10-29", details(EnforcementField.NON_COAL_MINE_SAFETY, Procedure.ORDINARY,
                organisation("麻阳锦江石材加工厂", "91431226MA4Q7H2W70", "麻光明", "13874569043", "锦和镇长潭村"),
                "当事人未如实记录2025年第三季度从业人员安全生产教育和培训情况，培训档案缺失2人次，检查后次日已补训并完善档案。",
                "锦和镇长潭村锦江石材加工厂", "2025-10-28", "2025-10-28", "龙建国", "姚文斌"))
                .investigate("2025-10-29", "查阅安全生产教育培训档案，询问企业负责人和从业人员，核实补训情况。")
                .decide("2025-11-05", minor("违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》"
                        + "第三十三条第一款不予行政处罚。"), true)
                .deliver("2025-11-05", "当场交付")
                .record("JHZF-2025-1028-01")
                .close("2025-11-06");

        // 12. 消防: 超市消火栓被遮挡、疏散指示标志损坏, 罚款6000元 (第7号), paid early, published
        file("2025-11-13", details(EnforcementField.FIRE_SAFETY, Procedure.ORDINARY,
                organisation("麻阳锦和惠民超市有限公司", "91431226MA4R3J9UXM", "杨正华", "0745-5863388",
                        "锦和镇锦和社区商贸街8号"),
                "当事人超市营业区2处室内消火栓被货架和商品遮挡，3处疏散指示标志损坏不亮，消防设施、器材未保持完好有效。",
                "锦和镇锦和社区商贸街8号惠民超市", "2025-11-12", "2025-11-12", "滕晓梅", "舒立平"))
                .investigate("2025-11-13", "现场检查、拍照取证，询问超市负责人，调取消防设施维护保养记录。")
                .giveNotice("2025-11-18", fine("6000.00"), false)
                .decide("2025-11-26", fine("6000.00"), false)
                .deliver("2025-11-28", "直接送达")
                .publish("2025-12-01")
                .pay("2025-12-08", "6000.00")
                .record("JHZF-2025-1112-01")
                .close("2025-12-10");
    }

    /**
     * Four open cases of this year with a deadline in the coming week, in the order of filing and of decision; the
     * officers are those whose certificates run for years (not the two that expire soon), so the demo users can
     * carry the cases on.
     */
    private void openCases(LocalDate today) {
        // a decision due: filed 85 days ago, still being investigated, 90 days end in 5 days (ENF-04)
        file(daysBefore(today, 85), harming(details(EnforcementField.ROAD_TRAFFIC_SAFETY, Procedure.ORDINARY,
                person("滕双喜", "43122619710219035X", "13762451935", "锦和镇高坪村5组"),
                "当事人驾驶无号牌农用三轮车在高坪村村道违法载人6人，车辆侧翻致1名乘客受伤。",
                "锦和镇高坪村村道", daysBefore(today, 88), daysBefore(today, 86), "杨春燕", "姚文斌")))
                .investigate(daysBefore(today, 84), "询问当事人、受伤乘客及证人，调取医疗记录，委托车辆技术鉴定。");

        // a payment due: delivered 12 days ago, the fine due within 15 days of delivery (ENF-11)
        file(daysBefore(today, 39), details(EnforcementField.WATER_TRAFFIC_SAFETY, Procedure.ORDINARY,
                person("麻志刚", "431226198407280916", "15974517728", "锦和镇新营村1组"),
                "当事人驾驶未经检验的自用船舶在锦江锦和段从事载客经营，载客8人。",
                "锦江锦和镇河段（新营村码头）", daysBefore(today, 40), daysBefore(today, 40), "舒立平", "向德胜"))
                .investigate(daysBefore(today, 39), "询问当事人及乘客，核查船舶检验和登记情况，调取码头监控视频。")
                .giveNotice(daysBefore(today, 25), fine("1500.00"), false)
                .decide(daysBefore(today, 16), fine("1500.00"), false)
                .deliver(daysBefore(today, 12), "直接送达");

        // a delivery due: decided 3 days ago in the party's absence, to deliver within 7 days (ENF-10)
        file(daysBefore(today, 29), details(EnforcementField.FIRE_SAFETY, Procedure.ORDINARY,
                organisation("麻阳锦和福满楼餐饮有限公司", "91431226MA4U8L4N67", "吴春生", "0745-5865127",
                        "锦和镇锦和社区滨江路21号"),
                "当事人餐厅后厨液化石油气钢瓶与灶具未保持安全距离，未安装可燃气体报警装置，安全出口被杂物堵塞。",
                "锦和镇锦和社区滨江路21号福满楼", daysBefore(today, 30), daysBefore(today, 30), "滕晓梅", "吴海燕"))
                .investigate(daysBefore(today, 29), "现场检查、拍照取证，询问餐厅负责人，调取燃气使用和消防检查记录。")
                .giveNotice(daysBefore(today, 12), fine("5000.00"), false)
                .decide(daysBefore(today, 3), fine("5000.00"), false);

        // a hearing window open: notified 2 days ago with a hearing offered, ends in 3 days (ENF-06)
        file(daysBefore(today, 14), details(EnforcementField.NON_COAL_MINE_SAFETY, Procedure.ORDINARY,
                organisation("麻阳长潭石业有限公司", "91431226MA4T6K1Y2Q", "滕远航", "13974568812", "锦和镇长潭村"),
                "当事人在长潭村采石场实施爆破作业时未按规定设置警戒区域和警戒人员，爆破时有村民在警戒范围内通行。",
                "锦和镇长潭村长潭采石场", daysBefore(today, 15), daysBefore(today, 15), "舒立平", "麻永红"))
                .investigate(daysBefore(today, 14), "现场勘验爆破作业区，询问爆破员、安全员及在场村民，调取爆破作业记录。")
                .giveNotice(daysBefore(today, 2), fine("20000.00"), true)
                .record(new ProcessRecord(footage(daysBefore(today, 15)), false, true, true));
    }

    /** {@code days} before today, but not before 1 January: the open cases stay in the current year. */
    private static LocalDate daysBefore(LocalDate today, int days) {
        LocalDate date = today.minusDays(days);
        LocalDate newYear = today.withDayOfYear(1);
        return date.isBefore(newYear) ? newYear : date;
    }

    private static String footage(LocalDate day) {
        return String.format("JHZF-%d-%02d%02d-01", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    // ---- the steps, through the use case ----

    private CaseAtHand file(String filedOn, CaseDetails details) {
        return file(LocalDate.parse(filedOn), details);
    }

    private CaseAtHand file(LocalDate filedOn, CaseDetails details) {
        return new CaseAtHand(on(filedOn).file(OFFICER, JINHE, new FileCase(details, filedOn)));
    }

    /** The use cases with "today" moved to the day of the step. */
    private ProcessingEnforcementCases on(LocalDate date) {
        day.on(date);
        return cases;
    }

    private CaseDetails details(EnforcementField field, Procedure procedure, Party party, String facts, String place,
                                String violationDate, String discoveredOn, String... officerNames) {
        return details(field, procedure, party, facts, place, LocalDate.parse(violationDate),
                LocalDate.parse(discoveredOn), officerNames);
    }

    /** A filing that harms no one's life, health or property (2-year limitation) and is not major. */
    private CaseDetails details(EnforcementField field, Procedure procedure, Party party, String facts, String place,
                                LocalDate violationDate, LocalDate discoveredOn, String... officerNames) {
        return new CaseDetails(field, procedure, party, facts, place, violationDate, discoveredOn, false, false,
                List.of(officerNames).stream().map(this::officerId).toList());
    }

    private static CaseDetails major(CaseDetails d) {
        return new CaseDetails(d.field(), d.procedure(), d.party(), d.facts(), d.place(), d.violationDate(),
                d.discoveredOn(), d.harmsLifeHealthOrProperty(), true, d.officerIds());
    }

    /** ENF-12: a violation that harmed someone's life, health or property has 5 years, not 2. */
    private static CaseDetails harming(CaseDetails d) {
        return new CaseDetails(d.field(), d.procedure(), d.party(), d.facts(), d.place(), d.violationDate(),
                d.discoveredOn(), true, d.major(), d.officerIds());
    }

    /** The id of the demo officer of that name. */
    private String officerId(String name) {
        return officers.list(Actor.system(), JINHE, new OfficerQuery(null, null, null, name),
                        PageRequest.of(0, 20, null, OfficerQuery.SORTABLE, OfficerQuery.DEFAULT_SORT)).items().stream()
                .filter(o -> o.details().name().equals(name))
                .map(Officer::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo officer " + name + " of jinhe is missing"));
    }

    /** One case being worked: each step answers the case with its new version, which the next step names. */
    private final class CaseAtHand {

        private final String id;
        private long version;

        CaseAtHand(CaseOverview filed) {
            this.id = filed.enforcementCase().id();
            this.version = filed.enforcementCase().version();
        }

        /** A scanned document of the case: a one-page PDF, uploaded by the officer. */
        CaseAtHand attach(String fileName, AttachmentKind kind, String text) {
            byte[] pdf = DemoPdf.page(text);
            attachments.upload(OFFICER, JINHE, new KeepingAttachments.Upload(EnforcementCaseService.RECORD_TYPE, id,
                    kind, fileName, pdf.length, () -> new ByteArrayInputStream(pdf)));
            return this;
        }

        private CaseAtHand then(CaseOverview overview) {
            version = overview.enforcementCase().version();
            return this;
        }

        CaseAtHand investigate(String date, String summary) {
            return investigate(LocalDate.parse(date), summary);
        }

        CaseAtHand investigate(LocalDate date, String summary) {
            return then(on(date).investigate(OFFICER, JINHE, id, version, new Investigate(date, summary)));
        }

        CaseAtHand giveNotice(String date, Outcome intended, boolean hearingOffered) {
            return giveNotice(LocalDate.parse(date), intended, hearingOffered, "直接送达");
        }

        CaseAtHand giveNotice(String date, Outcome intended, boolean hearingOffered, String method) {
            return giveNotice(LocalDate.parse(date), intended, hearingOffered, method);
        }

        CaseAtHand giveNotice(LocalDate date, Outcome intended, boolean hearingOffered) {
            return giveNotice(date, intended, hearingOffered, "直接送达");
        }

        /** 告知, always with the rights to statement and defence. */
        CaseAtHand giveNotice(LocalDate date, Outcome intended, boolean hearingOffered, String method) {
            return then(on(date).notify(OFFICER, JINHE, id, version, new Notify(date, intended, hearingOffered, true,
                    method)));
        }

        CaseAtHand waiveHearing(String date) {
            LocalDate waivedOn = LocalDate.parse(date);
            return then(on(waivedOn).waiveHearing(OFFICER, JINHE, id, version, new WaiveHearing(waivedOn)));
        }

        /** ENF-07: handed in to the demo legal reviewer, who approves it on {@code approvedOn}. */
        CaseAtHand legalReview(String date, String summary, String approvedOn) {
            CaseOverview requested = on(LocalDate.parse(date)).requestLegalReview(OFFICER, JINHE, id, version,
                    new RequestLegalReview(REVIEWER.username(), summary));
            day.on(LocalDate.parse(approvedOn));
            LegalityReview review = reviews.get(REVIEWER, JINHE, requested.legalReview().reviewId());
            reviews.decide(REVIEWER, JINHE, review.id(), review.version(), new ReviewOpinion.Approved());
            return then(requested);
        }

        CaseAtHand decide(String date, Outcome outcome, boolean partyPresent) {
            return decide(LocalDate.parse(date), outcome, partyPresent);
        }

        CaseAtHand decide(LocalDate date, Outcome outcome, boolean partyPresent) {
            return then(on(date).decide(OFFICER, JINHE, id, version, new Decide(date, outcome, partyPresent)));
        }

        CaseAtHand deliver(String date, String method) {
            return deliver(LocalDate.parse(date), method);
        }

        CaseAtHand deliver(LocalDate date, String method) {
            return then(on(date).deliver(OFFICER, JINHE, id, version, new Deliver(date, method, null)));
        }

        /** 执行: the fine paid, with the surcharge when late (ENF-11). */
        CaseAtHand pay(String date, String amount) {
            LocalDate paidOn = LocalDate.parse(date);
            return then(on(paidOn).execute(OFFICER, JINHE, id, version, new Execute(paidOn, Money.of(amount))));
        }

        /** The full-process record of a case done by the book (ENF-09). */
        CaseAtHand record(String footage) {
            return record(new ProcessRecord(footage, true, true, true));
        }

        CaseAtHand record(ProcessRecord processRecord) {
            return then(cases.recordProcess(OFFICER, JINHE, id, version, processRecord));
        }

        CaseAtHand close(String date) {
            LocalDate closedOn = LocalDate.parse(date);
            return then(on(closedOn).close(OFFICER, JINHE, id, version, new Close(closedOn)));
        }

        /** ENF-13: the leader publishes the decision. */
        CaseAtHand publish(String date) {
            LocalDate publishedOn = LocalDate.parse(date);
            return then(on(publishedOn).publish(LEADER, JINHE, id, version, new Publish(publishedOn)));
        }
    }

    // ---- parties and outcomes ----

    private static Party person(String name, String idNumber, String phone, String address) {
        return Party.individual(name, ResidentIdNumber.parse("party.idNumber", idNumber), phone, address);
    }

    private static Party organisation(String name, String creditCode, String legalRepresentative, String phone,
                                      String address) {
        return Party.organisation(name, CreditCode.parse("party.creditCode", creditCode), legalRepresentative, phone,
                address);
    }

    private static Outcome fine(String amount) {
        return new Outcome.Fine(Money.of(amount));
    }

    private static Outcome firstViolation(String educationGiven) {
        return new Outcome.NoPenaltyFirstViolation(educationGiven);
    }

    private static Outcome minor(String reason) {
        return new Outcome.NoPenaltyMinor(reason);
    }

    private static Actor demoUser(String username, Role role) {
        return new Actor(username, Set.of(role), Set.of(JINHE), false);
    }
}
