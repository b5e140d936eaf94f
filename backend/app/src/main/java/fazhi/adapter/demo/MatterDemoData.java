package fazhi.adapter.demo;

import fazhi.config.MatterWiring;
import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamRegistrationDetails;
import fazhi.enforcement.model.ExamResult;
import fazhi.enforcement.model.ExamStatus;
import fazhi.enforcement.model.MatterDetails;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.enforcement.port.in.ManagingEnforcementMatters;
import fazhi.enforcement.port.in.ManagingExamRegistrations;
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
 * Demo enforcement matters and certificate-exam registrations of Jinhe (锦和镇) 2025 for the local run.
 *
 * <p>Matters: the township's list of powers (权责清单) drawn up against the county's delegated powers (县级赋权事项,
 * seed 二(三)3): twelve published in March 2025, eleven delegated by the county and one the township's own by law,
 * across the four safety fields of the seed (道路交通、水上交通、消防、非煤矿山) and forestry; one more (straw burning,
 * agriculture) defined in October and not published yet, so the list has work for the leader. The county document
 * 麻政发〔2024〕8号 is invented: the real number of Mayang county's delegation document is not in the seed.
 *
 * <p>Exam registrations: exactly the three of the seed ("3人报名参加行政执法资格证考试"), for the 2025 exam (its day,
 * 2025-11-22, is invented). The seed's "已取得执法证人员有10人" stays true: the two who passed get certificates issued
 * on 2026-01-16, after the year's end, so the officers with a certificate valid on 2025-12-31 remain the ten of
 * {@link DemoDataLoader}; the third failed. The passes go through the officer register's use case like any pass.
 *
 * <p>Like {@link GovernanceDemoData} it acts through the use cases as the demo users {@code staff} and
 * {@code leader}, on a {@link DemoDay} moved through the business dates. It loads once: not when Jinhe's list
 * already holds the matter JH-XF-001.
 */
@ApplicationScoped
public class MatterDemoData {

    /**
     * Last, after {@link DemoDataLoader} (townships and officers) and every other area's demo data: the passes add two
     * officers whose certificates start in 2026, whom the 2025 demo cases and inspections must not pick.
     */
    static final int PRIORITY = Interceptor.Priority.PLATFORM_AFTER + 100;
    private static final Logger LOG = Logger.getLogger(MatterDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    /** Its presence means the demo is loaded. */
    private static final String MARKER = "JH-XF-001";
    /** Invented: the county's delegation document (see the class comment). */
    static final String COUNTY_DOCUMENT = "麻政发〔2024〕8号";

    private static final Actor STAFF = person("staff", Role.STAFF);
    private static final Actor LEADER = person("leader", Role.LEADER);

    private final MatterWiring wiring;
    private final boolean enabled;
    private final DemoDay day = new DemoDay(LocalDate.of(2025, 2, 20));

    public MatterDemoData(MatterWiring wiring, @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.wiring = wiring;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        ManagingEnforcementMatters matters = wiring.mattersAsOf(day);
        EnforcementMatterQuery marker = new EnforcementMatterQuery(null, null, null, null, null, MARKER);
        if (matters.list(Actor.system(), JINHE, marker, PageRequest.of(0, 1, null, EnforcementMatterQuery.SORTABLE,
                EnforcementMatterQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        day.on(LocalDate.of(2025, 2, 20));
        List<EnforcementMatter> defined = jinheMatters().stream()
                .map(details -> matters.define(STAFF, JINHE, details)).toList();
        day.on(LocalDate.of(2025, 3, 10));
        defined.forEach(matter -> matters.publish(LEADER, JINHE, matter.id(), matter.version()));
        day.on(LocalDate.of(2025, 10, 15));
        matters.define(STAFF, JINHE, delegated("JH-NY-001", "对露天焚烧秸秆、落叶等产生烟尘污染物质的处罚",
                MatterKind.PENALTY, EnforcementField.AGRICULTURE, Department.AGRICULTURE,
                "《中华人民共和国大气污染防治法》第一百一十九条第一款"));
        examRegistrations();
        LOG.info("demo data loaded: 13 enforcement matters (12 published) and 3 exam registrations of jinhe");
    }

    private List<MatterDetails> jinheMatters() {
        return List.of(
                delegated(MARKER, "对个人损坏、挪用消防设施、器材，占用、堵塞、封闭疏散通道、安全出口等行为的处罚",
                        MatterKind.PENALTY, EnforcementField.FIRE_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国消防法》第六十条第二款"),
                delegated("JH-XF-002", "对过失引起火灾、火灾发生后阻拦报警等行为情节较轻的处罚（警告、罚款）",
                        MatterKind.PENALTY, EnforcementField.FIRE_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国消防法》第六十四条"),
                delegated("JH-XF-003", "对生产经营单位、人员密集场所消防安全的检查",
                        MatterKind.INSPECTION, EnforcementField.FIRE_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国消防法》第三十二条；《中华人民共和国安全生产法》第九条"),
                delegated("JH-DL-001", "对机动车驾驶人违反道路通行规定的处罚",
                        MatterKind.PENALTY, EnforcementField.ROAD_TRAFFIC_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国道路交通安全法》第九十条"),
                delegated("JH-DL-002", "对行人、乘车人、非机动车驾驶人违反道路通行规定的处罚",
                        MatterKind.PENALTY, EnforcementField.ROAD_TRAFFIC_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国道路交通安全法》第八十九条"),
                delegated("JH-SS-001", "对渡口、渡船及乡镇自用船舶水上交通安全的检查",
                        MatterKind.INSPECTION, EnforcementField.WATER_TRAFFIC_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国内河交通安全管理条例》第四条"),
                delegated("JH-KS-001", "对非煤矿山（采石场、砂石加工点）安全生产状况的监督检查",
                        MatterKind.INSPECTION, EnforcementField.NON_COAL_MINE_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国安全生产法》第九条、第六十五条"),
                delegated("JH-KS-002", "对生产经营单位未按规定对从业人员进行安全生产教育和培训的处罚",
                        MatterKind.PENALTY, EnforcementField.NON_COAL_MINE_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国安全生产法》第九十七条"),
                delegated("JH-KS-003", "对存在重大事故隐患、拒不执行停产停业决定的非煤矿山采取通知停止供电等措施",
                        MatterKind.COERCION, EnforcementField.NON_COAL_MINE_SAFETY, Department.EMERGENCY,
                        "《中华人民共和国安全生产法》第七十条"),
                delegated("JH-LY-001", "对滥伐林木的处罚",
                        MatterKind.PENALTY, EnforcementField.FORESTRY, Department.FORESTRY,
                        "《中华人民共和国森林法》第七十六条第二款"),
                delegated("JH-LY-002", "对森林防火期内未经批准擅自在森林防火区内野外用火的处罚",
                        MatterKind.PENALTY, EnforcementField.FORESTRY, Department.FORESTRY,
                        "《森林防火条例》第五十条"),
                new MatterDetails("JH-GH-001", "对乡、村庄规划区内未依法取得乡村建设规划许可证进行建设的责令停止建设、"
                        + "限期改正及逾期不改正的拆除", MatterKind.COERCION, EnforcementField.OTHER,
                        "《中华人民共和国城乡规划法》第六十五条", Department.COMPREHENSIVE, MatterSource.OWN, null));
    }

    /**
     * The seed's three registrations for the 2025 exam; results recorded on 2026-01-20 with certificates issued on
     * 2026-01-16, so no eleventh officer holds a valid certificate in 2025.
     */
    private void examRegistrations() {
        ManagingExamRegistrations exams = wiring.examsAsOf(day);
        LocalDate examDay = LocalDate.of(2025, 11, 22);
        day.on(LocalDate.of(2025, 9, 16));
        ExamRegistration shu = exams.register(STAFF, JINHE, new ExamRegistrationDetails("舒海波", Department.EMERGENCY,
                2025, examDay, day.today()), null);
        ExamRegistration teng = exams.register(STAFF, JINHE, new ExamRegistrationDetails("滕玉婷",
                Department.LIVESTOCK_AQUATIC, 2025, examDay, day.today()), null);
        day.on(LocalDate.of(2025, 9, 18));
        ExamRegistration ma = exams.register(STAFF, JINHE, new ExamRegistrationDetails("麻国庆", Department.FORESTRY,
                2025, examDay, day.today()), null);

        day.on(LocalDate.of(2026, 1, 20));
        LocalDate issued = LocalDate.of(2026, 1, 16);
        exams.recordResult(STAFF, JINHE, shu.id(), shu.version(), ExamResult.of(ExamStatus.PASSED, 88,
                new Certificate("湘执法43122600111", issued, issued.plusYears(6).minusDays(1))));
        exams.recordResult(STAFF, JINHE, teng.id(), teng.version(), ExamResult.of(ExamStatus.PASSED, 81,
                new Certificate("湘执法43122600112", issued, issued.plusYears(6).minusDays(1))));
        exams.recordResult(STAFF, JINHE, ma.id(), ma.version(), ExamResult.of(ExamStatus.FAILED, 54, null));
    }

    private static MatterDetails delegated(String code, String name, MatterKind kind, EnforcementField field,
                                           Department department, String legalBasis) {
        return new MatterDetails(code, name, kind, field, legalBasis, department, MatterSource.COUNTY_DELEGATED,
                COUNTY_DOCUMENT);
    }

    private static Actor person(String username, Role role) {
        return new Actor(username, Set.of(role), Set.of(JINHE), false);
    }
}
