package fazhi.adapter.demo;

import fazhi.config.InspectionWiring;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionDraft;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.enforcement.model.InspectionReason;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.PlanTargets;
import fazhi.enforcement.model.PlannedItem;
import fazhi.enforcement.model.RecordedResult;
import fazhi.enforcement.port.in.ConductingInspections;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.enforcement.port.in.ManagingInspectionItems;
import fazhi.enforcement.port.in.ManagingInspectionPlans;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo enterprise inspections of Jinhe (锦和镇) 2025 for the local run: the published items list
 * 《麻阳苗族自治县锦和镇涉企行政检查事项清单》 (nine items: road traffic, water traffic, fire and non-coal-mine safety,
 * agriculture, forestry, each with a real legal basis), the plan 《锦和镇人民政府2025年度涉企行政检查计划》 filed with the
 * county and published, and 25 inspections done in 2025 in the four safety fields, of 15 invented local
 * enterprises (valid GB 32100 credit codes of Mayang, 431226), at most two per enterprise (ENF-14), each by two of
 * the demo officers (ENF-01, ENF-02). The case demo data brings the safety-field activities to the seed's "近40次".
 *
 * <p>Like {@link ReviewDemoData} it acts through the use cases as the demo users {@code staff}, {@code officer} and
 * {@code leader} on a {@link DemoDay} that moves through 2025: each inspection is proposed eight weekdays before it
 * happens, approved by the leader six, notified four, and recorded on its day. {@link DemoDataLoader} calls it after
 * the officers are registered; it loads once (not when Jinhe already has the 2025 plan).
 */
@ApplicationScoped
public class InspectionDemoData {

    private static final Logger LOG = Logger.getLogger(InspectionDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    static final String LIST_TITLE = "麻阳苗族自治县锦和镇涉企行政检查事项清单";
    static final String PLAN_TITLE = "锦和镇人民政府2025年度涉企行政检查计划";

    private static final Actor STAFF = person("staff", Role.STAFF);
    private static final Actor OFFICER = person("officer", Role.OFFICER);
    private static final Actor LEADER = person("leader", Role.LEADER);

    private final InspectionWiring wiring;
    private final ManagingOfficers officers;
    private final DemoDay day = new DemoDay(LocalDate.of(2025, 1, 3));

    public InspectionDemoData(InspectionWiring wiring, ManagingOfficers officers) {
        this.wiring = wiring;
        this.officers = officers;
    }

    /** Loads the 2025 items list, plan and inspections of Jinhe, unless the plan is there already. */
    public void load() {
        ManagingInspectionItems items = wiring.itemsAsOf(day);
        ManagingInspectionPlans plans = wiring.plansAsOf(day);
        ConductingInspections inspections = wiring.inspectionsAsOf(day);
        if (plans.list(Actor.system(), JINHE, new InspectionPlanQuery(2025, null, PLAN_TITLE),
                PageRequest.of(0, 1, null, InspectionPlanQuery.SORTABLE, InspectionPlanQuery.DEFAULT_SORT))
                .total() > 0) {
            return;
        }
        Map<String, String> item = itemsList(items);
        plan(plans, item);
        Map<String, String> officer = jinheOfficers();
        for (Visit visit : visits()) {
            inspect(inspections, visit, item.get(visit.item()),
                    List.of(officer.get(visit.officers().get(0)), officer.get(visit.officers().get(1))));
        }
        LOG.info("demo data loaded: jinhe's 2025 inspection items list and plan, 25 inspections");
    }

    /** The list, drafted on 2025-01-03 and published on 2025-01-08; answers the item ids by code. */
    private Map<String, String> itemsList(ManagingInspectionItems items) {
        List<InspectionItemDetails> list = List.of(
                item("JH-JC-001", "对道路运输经营者及其车辆、驾驶人安全管理情况的检查", "辖区内道路客运、货运经营者",
                        "《中华人民共和国道路交通安全法》第八条、第十三条；《中华人民共和国安全生产法》第六十五条",
                        Department.COMPREHENSIVE, EnforcementField.ROAD_TRAFFIC_SAFETY, InspectionMethod.ROUTINE, 2),
                item("JH-JC-002", "对砂石、混凝土等货运源头单位车辆装载情况的检查", "辖区内砂石场、混凝土搅拌站等货运源头单位",
                        "《中华人民共和国道路交通安全法》第四十八条", Department.COMPREHENSIVE,
                        EnforcementField.ROAD_TRAFFIC_SAFETY, InspectionMethod.SPECIAL, 2),
                item("JH-JC-003", "对渡口、渡船及船员安全管理情况的检查", "辖区内客运渡口、渡船、游船及自用船舶",
                        "《中华人民共和国内河交通安全管理条例》第五条", Department.COMPREHENSIVE,
                        EnforcementField.WATER_TRAFFIC_SAFETY, InspectionMethod.ROUTINE, 2),
                item("JH-JC-004", "对加油站、商场超市、宾馆等人员密集场所消防安全的检查", "辖区内加油站、商场超市、宾馆、农贸市场",
                        "《中华人民共和国消防法》第十六条、第五十三条", Department.EMERGENCY,
                        EnforcementField.FIRE_SAFETY, InspectionMethod.DOUBLE_RANDOM, 1),
                item("JH-JC-005", "对“九小场所”及沿街门店消防安全的检查", "辖区内小商店、小餐饮、小旅馆等“九小场所”",
                        "《中华人民共和国消防法》第十六条", Department.EMERGENCY, EnforcementField.FIRE_SAFETY,
                        InspectionMethod.ROUTINE, 2),
                item("JH-JC-006", "对非煤矿山企业安全生产条件的检查", "辖区内砂石场、采石场",
                        "《中华人民共和国安全生产法》第六十五条", Department.EMERGENCY,
                        EnforcementField.NON_COAL_MINE_SAFETY, InspectionMethod.DOUBLE_RANDOM, 1),
                item("JH-JC-007", "对非煤矿山企业事故隐患排查治理情况的检查", "辖区内砂石场、采石场",
                        "《中华人民共和国安全生产法》第四十一条、第六十五条", Department.EMERGENCY,
                        EnforcementField.NON_COAL_MINE_SAFETY, InspectionMethod.SPECIAL, 2),
                item("JH-JC-008", "对农药经营单位经营行为的检查", "辖区内农资经营店",
                        "《农药管理条例》第四十一条", Department.AGRICULTURE, EnforcementField.AGRICULTURE,
                        InspectionMethod.DOUBLE_RANDOM, 1),
                item("JH-JC-009", "对林区生产经营单位森林防火责任落实情况的检查", "林区内木材加工厂及林下经营主体",
                        "《中华人民共和国森林法》第三十四条；《森林防火条例》", Department.FORESTRY,
                        EnforcementField.FORESTRY, InspectionMethod.SPECIAL, 2));
        Map<String, String> ids = new LinkedHashMap<>();
        day.on(LocalDate.of(2025, 1, 3));
        List<InspectionItem> drafted = new ArrayList<>();
        for (InspectionItemDetails details : list) {
            drafted.add(items.create(STAFF, JINHE, details));
        }
        day.on(LocalDate.of(2025, 1, 8));
        for (InspectionItem item : drafted) {
            InspectionItem published = items.publish(LEADER, JINHE, item.id(), item.version());
            ids.put(published.details().code(), published.id());
        }
        return ids;
    }

    /** Drafted on 2025-01-09, filed with the county on 2025-01-16, published on 2025-01-20. */
    private void plan(ManagingInspectionPlans plans, Map<String, String> item) {
        day.on(LocalDate.of(2025, 1, 9));
        InspectionPlan plan = plans.create(STAFF, JINHE, new InspectionPlanDetails(2025, PLAN_TITLE,
                new PlanTargets(List.of("非煤矿山企业（砂石场、采石场）", "道路运输企业及货运源头单位", "客运渡口及船舶经营者",
                        "加油站、商场超市、宾馆等人员密集场所", "“九小场所”", "农药经营单位", "林区生产经营单位"), 18),
                List.of(PlannedItem.inMonths(item.get("JH-JC-001"), 3, 4, 8, 10),
                        PlannedItem.inMonths(item.get("JH-JC-002"), 6, 11),
                        PlannedItem.inMonths(item.get("JH-JC-003"), 4, 5, 6, 7, 9),
                        PlannedItem.inMonths(item.get("JH-JC-004"), 3, 5, 6, 9),
                        PlannedItem.inMonths(item.get("JH-JC-005"), 7, 8, 12),
                        PlannedItem.inQuarter(item.get("JH-JC-006"), 2),
                        PlannedItem.inMonths(item.get("JH-JC-007"), 9, 10, 11),
                        PlannedItem.inQuarter(item.get("JH-JC-008"), 2),
                        PlannedItem.inQuarter(item.get("JH-JC-009"), 4))));
        day.on(LocalDate.of(2025, 1, 16));
        plan = plans.file(LEADER, JINHE, plan.id(), plan.version(), LocalDate.of(2025, 1, 16), "麻司行备〔2025〕7号");
        day.on(LocalDate.of(2025, 1, 20));
        plans.publish(LEADER, JINHE, plan.id(), plan.version());
    }

    /** Proposed eight weekdays before, approved six, notified four, recorded on the day. */
    private void inspect(ConductingInspections inspections, Visit visit, String itemId, List<String> team) {
        LocalDate on = LocalDate.parse(visit.on());
        day.on(weekdaysBefore(on, 8));
        Inspection inspection = inspections.propose(OFFICER, JINHE, InspectionDraft.of(visit.enterprise(),
                visit.creditCode(), itemId, team, on, visit.note() == null ? InspectionReason.PLANNED
                        : InspectionReason.CASE_TRIGGERED, visit.note()));
        day.on(weekdaysBefore(on, 6));
        inspection = inspections.approve(LEADER, JINHE, inspection.id(), inspection.version(), false);
        LocalDate notified = weekdaysBefore(on, 4);
        day.on(notified);
        inspection = inspections.notifyEnterprise(OFFICER, JINHE, inspection.id(), inspection.version(), notified);
        day.on(on);
        inspections.recordResult(OFFICER, JINHE, inspection.id(), inspection.version(), RecordedResult.of(on,
                visit.result(), visit.findings(),
                visit.result() == InspectionResult.RECTIFICATION_ORDERED ? on.plusDays(visit.days()) : null, null));
    }

    /**
     * 25 inspections, all done: six each in road traffic, water traffic and non-coal-mine safety, seven in fire
     * safety; the first nine enterprises and 锦江加油站 twice, five others once.
     */
    private static List<Visit> visits() {
        String xingwang = "锦和镇兴旺砂石场";
        String xinda = "锦和镇鑫达采石场";
        String shiyang = "锦和镇石羊砂石场";
        String shunfeng = "麻阳锦和顺风货运有限公司";
        String keyun = "麻阳锦和城乡客运有限公司";
        String hongfa = "锦和镇宏发混凝土搅拌站";
        String hekou = "锦和镇河口客运渡口";
        String xiaping = "锦和镇下坪客运渡口";
        String youchuan = "麻阳锦和锦江游船有限公司";
        String jinjiang = "锦和镇锦江加油站";
        return List.of(
                ok("2025-03-11", xingwang, "JH-JC-006", "龙建国", "滕晓梅"),
                fix("2025-03-19", shunfeng, "JH-JC-001", "舒立平", "田志军", "2辆营运货车未按期进行安全技术检验", 20),
                ok("2025-03-27", jinjiang, "JH-JC-004", "滕晓梅", "姚文斌"),
                fix("2025-04-08", xinda, "JH-JC-006", "龙建国", "舒立平",
                        "爆破器材临时存放点未设置安全警示标志，2名作业人员未佩戴安全帽", 15),
                fix("2025-04-16", hekou, "JH-JC-003", "向德胜", "吴海燕", "渡船救生衣配备不足，缺少4件；未张贴乘客安全须知", 10),
                ok("2025-04-24", keyun, "JH-JC-001", "舒立平", "杨春燕"),
                ok("2025-05-13", "锦和镇长滩加油站", "JH-JC-004", "滕晓梅", "麻永红"),
                fix("2025-05-21", shiyang, "JH-JC-006", "龙建国", "滕晓梅", "边坡未按设计分台阶开采，坡面有浮石未清理", 30),
                ok("2025-05-29", xiaping, "JH-JC-003", "向德胜", "龙建国"),
                ok("2025-06-10", youchuan, "JH-JC-003", "吴海燕", "舒立平"),
                fix("2025-06-18", hongfa, "JH-JC-002", "舒立平", "张秀兰", "出场运输车辆未逐车登记装载重量", 15),
                fix("2025-06-26", "锦和镇锦和宾馆", "JH-JC-004", "滕晓梅", "杨春燕", "疏散通道堆放杂物，1具灭火器压力不足", 7),
                ok("2025-07-08", hekou, "JH-JC-003", "向德胜", "吴海燕"),
                ok("2025-07-16", "锦和镇福源超市", "JH-JC-005", "滕晓梅", "田志军"),
                ok("2025-07-24", xiaping, "JH-JC-003", "龙建国", "吴海燕"),
                ok("2025-08-12", shunfeng, "JH-JC-001", "舒立平", "田志军"),
                fix("2025-08-20", "锦和镇兴隆建材店", "JH-JC-005", "滕晓梅", "姚文斌", "店内违规为电动自行车充电", 7),
                ok("2025-09-09", xingwang, "JH-JC-007", "龙建国", "舒立平"),
                ok("2025-09-17", youchuan, "JH-JC-003", "向德胜", "滕晓梅"),
                ok("2025-09-25", "麻阳锦和农贸市场管理有限公司", "JH-JC-004", "滕晓梅", "麻永红"),
                new Visit("2025-10-14", xinda, "JH-JC-007", List.of("龙建国", "滕晓梅"), "群众举报夜间超范围开采",
                        InspectionResult.CASE_OPENED, "超出批准的开采范围作业，边坡存在重大事故隐患，移交立案查处", 0),
                ok("2025-10-22", keyun, "JH-JC-001", "舒立平", "杨春燕"),
                ok("2025-11-11", shiyang, "JH-JC-007", "龙建国", "舒立平"),
                ok("2025-11-19", hongfa, "JH-JC-002", "舒立平", "张秀兰"),
                ok("2025-12-09", jinjiang, "JH-JC-005", "滕晓梅", "姚文斌"));
    }

    /** The invented enterprises and their credit codes (GB 32100: 9 + 1 enterprise / 2 sole trader, 431226 Mayang). */
    private static final Map<String, String> CREDIT_CODES = Map.ofEntries(
            Map.entry("锦和镇兴旺砂石场", "91431226MA4L2TH368"),
            Map.entry("锦和镇鑫达采石场", "91431226MA4NJ1XG2R"),
            Map.entry("锦和镇石羊砂石场", "91431226MA4M12DD43"),
            Map.entry("麻阳锦和顺风货运有限公司", "91431226MA4LTJ3Y02"),
            Map.entry("麻阳锦和城乡客运有限公司", "91431226MA4MLLJY59"),
            Map.entry("锦和镇宏发混凝土搅拌站", "91431226MA4LJJC13J"),
            Map.entry("锦和镇河口客运渡口", "91431226MA4ND4H3XT"),
            Map.entry("锦和镇下坪客运渡口", "91431226MA4Q9HTM8K"),
            Map.entry("麻阳锦和锦江游船有限公司", "91431226MA4M3JJL5W"),
            Map.entry("锦和镇锦江加油站", "91431226MA4LJ1K66X"),
            Map.entry("锦和镇长滩加油站", "91431226MA4PMHDQ9A"),
            Map.entry("锦和镇福源超市", "92431226MA4L72HD19"),
            Map.entry("锦和镇锦和宾馆", "92431226MA4M1HU4X0"),
            Map.entry("麻阳锦和农贸市场管理有限公司", "91431226MA4NEJXE86"),
            Map.entry("锦和镇兴隆建材店", "92431226MA4MB3HN94"));

    private static Visit ok(String on, String enterprise, String item, String first, String second) {
        return new Visit(on, enterprise, item, List.of(first, second), null, InspectionResult.NO_PROBLEM, null, 0);
    }

    private static Visit fix(String on, String enterprise, String item, String first, String second, String findings,
                             int days) {
        return new Visit(on, enterprise, item, List.of(first, second), null, InspectionResult.RECTIFICATION_ORDERED,
                findings, days);
    }

    /** One inspection: its day, the enterprise, the item's code, two officers by name, and what it found. */
    private record Visit(String on, String enterprise, String item, List<String> officers, String note,
                         InspectionResult result, String findings, int days) {

        String creditCode() {
            return CREDIT_CODES.get(enterprise);
        }
    }

    /** The demo officers of Jinhe, id by name (see {@link DemoDataLoader}). */
    private Map<String, String> jinheOfficers() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : List.of("龙建国", "滕晓梅", "舒立平", "田志军", "杨春燕", "麻永红", "姚文斌", "张秀兰", "向德胜",
                "吴海燕")) {
            Officer officer = officers.list(Actor.system(), JINHE, new OfficerQuery(null, null, null, name),
                            PageRequest.of(0, 20, null, OfficerQuery.SORTABLE, OfficerQuery.DEFAULT_SORT))
                    .items().stream().filter(o -> o.details().name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo officer " + name + " is missing"));
            ids.put(name, officer.id());
        }
        return ids;
    }

    private static InspectionItemDetails item(String code, String name, String subjects, String legalBasis,
                                              Department department, EnforcementField field,
                                              InspectionMethod method, int cap) {
        return new InspectionItemDetails(LIST_TITLE, code, name, subjects, legalBasis, department, field, method, cap);
    }

    private static LocalDate weekdaysBefore(LocalDate from, int days) {
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return date;
    }

    private static Actor person(String username, Role role) {
        return new Actor(username, Set.of(role), Set.of(JINHE), false);
    }
}
