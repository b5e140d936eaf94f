package fazhi.adapter.demo;

import fazhi.config.TrainingWiring;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionDetails;
import fazhi.training.model.SessionType;
import fazhi.training.model.Speaker;
import fazhi.training.model.SpeakerOrganisation;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;
import fazhi.training.model.VenueKind;
import fazhi.training.model.ExamDetails;
import fazhi.training.model.ImportedTable;
import fazhi.training.port.in.ExamOverview;
import fazhi.training.port.in.KeepingExams;
import fazhi.training.port.in.KeepingRoster;
import fazhi.training.port.in.KeepingTrainingSessions;
import fazhi.training.port.in.RosterQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Jinhe's 2025 of the seed's section 一 (学法、培训、宣讲、会议): a roster of 40 cadres on it all year (and one who left
 * in March), 2 central group law studies, 1 legal-understander training, 12 lectures at schools and kindergartens by
 * the heads of the judicial office, police station and railway police station, 6 micro-lectures on market days and
 * National Security Education Day, 6 publicity events handing out 3 260 leaflets in all, 12 stability and security
 * meetings (key groups with the judicial office head attending) and 2 of the leading group. Names are invented. It
 * goes through the use cases on a {@link DemoDay} at each session's date, and loads only into an empty roster.
 */
@ApplicationScoped
public class TrainingDemoData {

    /** After {@link DemoDataLoader} (townships). */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 1200;
    private static final Logger LOG = Logger.getLogger(TrainingDemoData.class);
    private static final TownshipCode JINHE = DemoDataLoader.JINHE;
    private static final Actor STAFF = new Actor("staff", Set.of(Role.STAFF), Set.of(JINHE), false);

    private static final String[] SURNAMES = {"龙", "杨", "滕", "舒", "田", "麻", "姚", "向", "吴", "张"};
    private static final String[] GIVEN = {"志华", "春梅", "建平", "晓燕"};
    private static final String[] DEPARTMENTS = {"党政综合办公室", "综治中心", "经济发展办公室", "社会事务办公室",
            "自然资源和生态环境办公室"};

    private final boolean enabled;
    private final DemoDay day = new DemoDay(LocalDate.of(2025, 1, 2));
    private final KeepingRoster roster;
    private final KeepingTrainingSessions sessions;
    private final KeepingExams exams;

    public TrainingDemoData(TrainingWiring wiring, KeepingRoster roster, KeepingExams exams,
                            @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.enabled = enabled;
        this.roster = roster;
        this.exams = exams;
        this.sessions = wiring.sessionsAsOf(day);
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        if (roster.list(Actor.system(), JINHE, RosterQuery.all(), PageRequest.of(0, 1, null, RosterQuery.SORTABLE,
                RosterQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        List<StaffMember> cadres = roster();
        List<StaffMember> active = cadres.stream().filter(p -> p.details().activeTo() == null).toList();
        sessions2025(active.stream().map(StaffMember::id).toList());
        exam2025(active);
        LOG.info("demo data loaded: the roster and the 2025 sessions of jinhe");
    }

    /** 40 cadres on the roster all of 2025, the first 8 leading cadres and the last 10 village cadres. */
    private List<StaffMember> roster() {
        List<StaffMember> added = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[i / SURNAMES.length];
            String post = i < 8 ? (i == 0 ? "党委书记" : i == 1 ? "镇长" : "副镇长") : i >= 30 ? "村党支部书记" : "科员";
            added.add(roster.add(STAFF, JINHE, new StaffMemberDetails(name, post,
                    i >= 30 ? "村(社区)" : DEPARTMENTS[i % DEPARTMENTS.length], i < 8, i >= 30,
                    LocalDate.of(2012 + i % 12, 1 + i % 12, 1), null)));
        }
        added.add(roster.add(STAFF, JINHE, new StaffMemberDetails("石文军", "科员", "综治中心", false, false,
                LocalDate.of(2018, 9, 1), LocalDate.of(2025, 3, 31))));
        return added;
    }

    private void sessions2025(List<String> cadres) {
        List<String> leaders = cadres.subList(0, 8);
        List<Speaker> judicial = List.of(new Speaker("龙建华", SpeakerOrganisation.JUDICIAL_OFFICE));
        List<Speaker> police = List.of(new Speaker("杨国栋", SpeakerOrganisation.POLICE_STATION));
        List<Speaker> railway = List.of(new Speaker("滕卫平", SpeakerOrganisation.RAILWAY_POLICE_STATION));
        List<Speaker> court = List.of(new Speaker("舒明亮", SpeakerOrganisation.COURT));
        // 中心组学法 ×2
        session("2025-03-18", SessionType.CENTRAL_GROUP_STUDY, null, "镇政府三楼会议室", VenueKind.TOWNSHIP_OFFICE,
                Occasion.OTHER, "党委理论学习中心组专题学习习近平法治思想", List.of("习近平法治思想", "全面依法治国"),
                List.of("习近平《论坚持全面依法治国》"), court, cadres.subList(0, 15), null, 0, false);
        session("2025-09-16", SessionType.CENTRAL_GROUP_STUDY, null, "镇政府三楼会议室", VenueKind.TOWNSHIP_OFFICE,
                Occasion.OTHER, "党委理论学习中心组学习中央八项规定及其实施细则", List.of("作风建设", "依规履职"),
                List.of("《中共中央八项规定》", "《中央八项规定实施细则》"), judicial, cadres.subList(0, 15), null, 0,
                false);
        // 法律明白人培训 ×1
        session("2025-06-12", SessionType.LEGAL_UNDERSTANDER_TRAINING, null, "镇政府一楼大会议室",
                VenueKind.TOWNSHIP_OFFICE, Occasion.OTHER, "2025年“法律明白人”培训", List.of("人民调解", "婚姻家庭纠纷"),
                List.of("《中华人民共和国人民调解法》", "《中华人民共和国民法典》"), judicial, List.of(), 68, 120, false);
        // 到中小学、幼儿园法治宣讲 ×12
        String[][] lectures = {
                {"2025-03-05", "锦和镇中心小学", "SCHOOL"}, {"2025-03-20", "锦和镇中学", "SCHOOL"},
                {"2025-04-09", "锦和镇中心幼儿园", "KINDERGARTEN"}, {"2025-04-24", "和平村小学", "SCHOOL"},
                {"2025-05-14", "锦和镇阳光幼儿园", "KINDERGARTEN"}, {"2025-05-29", "锦和镇中学", "SCHOOL"},
                {"2025-06-10", "锦和镇中心小学", "SCHOOL"}, {"2025-09-09", "锦和镇中心幼儿园", "KINDERGARTEN"},
                {"2025-09-25", "锦和镇中学", "SCHOOL"}, {"2025-10-22", "和平村小学", "SCHOOL"},
                {"2025-11-12", "锦和镇阳光幼儿园", "KINDERGARTEN"}, {"2025-12-03", "锦和镇中心小学", "SCHOOL"}};
        for (int i = 0; i < lectures.length; i++) {
            List<Speaker> speaker = i % 3 == 0 ? judicial : i % 3 == 1 ? police : railway;
            String topic = i % 3 == 2 ? "铁路安全" : i % 2 == 0 ? "预防校园欺凌" : "防溺水与交通安全";
            session(lectures[i][0], SessionType.LECTURE, null, lectures[i][1], VenueKind.valueOf(lectures[i][2]),
                    Occasion.OTHER, topic + "法治宣讲专题讲座", List.of(topic),
                    List.of("《中华人民共和国未成年人保护法》"), speaker, List.of(), 180 + 10 * i, 0, false);
        }
        // 微宣讲 ×6
        String[][] micro = {{"2025-02-08", "MARKET_DAY"}, {"2025-04-15", "NATIONAL_SECURITY_EDUCATION_DAY"},
                {"2025-05-18", "MARKET_DAY"}, {"2025-07-08", "MARKET_DAY"}, {"2025-10-18", "MARKET_DAY"},
                {"2025-12-04", "CONSTITUTION_DAY"}};
        for (String[] m : micro) {
            Occasion occasion = Occasion.valueOf(m[1]);
            session(m[0], SessionType.MICRO_LECTURE, null, "锦和镇集市", VenueKind.MARKET, occasion,
                    occasion == Occasion.NATIONAL_SECURITY_EDUCATION_DAY ? "国家安全教育日微宣讲" : "赶集日法治微宣讲",
                    List.of("反电信诈骗"), List.of("《中华人民共和国反电信网络诈骗法》"),
                    List.of(new Speaker("杨丽华", SpeakerOrganisation.OTHER), judicial.get(0)), List.of(), 90, 0, false);
        }
        // 特色法治宣传活动 ×6, 3 260 份
        int[] leaflets = {600, 520, 480, 560, 500, 600};
        String[] events = {"2025-01-15", "2025-03-15", "2025-06-26", "2025-08-01", "2025-11-09", "2025-12-04"};
        for (int i = 0; i < events.length; i++) {
            session(events[i], SessionType.PUBLICITY_EVENT, null, i % 2 == 0 ? "锦和镇集市" : "和平村村部",
                    i % 2 == 0 ? VenueKind.MARKET : VenueKind.VILLAGE, i == 5 ? Occasion.CONSTITUTION_DAY
                            : Occasion.OTHER, "“法润锦和”特色法治宣传活动", List.of("普法宣传"),
                    List.of("《中华人民共和国宪法》"), police, List.of(), 200 + 20 * i, leaflets[i], false);
        }
        // 维稳安保会议 ×12, 法治建设领导小组会议 ×2
        for (int month = 1; month <= 12; month++) {
            session(String.format("2025-%02d-%02d", month, month == 2 ? 26 : 28), SessionType.MEETING,
                    MeetingKind.STABILITY_SECURITY, "镇政府三楼会议室", VenueKind.TOWNSHIP_OFFICE, Occasion.OTHER,
                    "信访维稳安保工作会议（重点人员分析）", List.of("重点人员稳控"), List.of(), List.of(), leaders, null,
                    0, month % 3 == 0);
        }
        for (String d : new String[]{"2025-02-20", "2025-08-20"}) {
            session(d, SessionType.MEETING, MeetingKind.LEADING_GROUP, "镇政府三楼会议室", VenueKind.TOWNSHIP_OFFICE,
                    Occasion.OTHER, "法治政府建设工作领导小组会议", List.of("法治政府建设"), List.of(), List.of(),
                    leaders, null, 0, false);
        }
    }

    /**
     * The 2025 online law exam: everyone on the roster that day studied and sat it and passed (one of them on a second
     * attempt), so 参学率, 参考率 and 及格率 are all 100 %; imported as the platform exports it, matched by name.
     */
    private void exam2025(List<StaffMember> active) {
        ExamOverview exam = exams.create(STAFF, JINHE, new ExamDetails(2025, "2025年度国家工作人员学法用法考试",
                LocalDate.of(2025, 11, 20), new BigDecimal("60"), "湖南省国家工作人员学法考法平台"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            String name = active.get(i).details().name();
            if (i == 5) {
                rows.add(List.of(name, "是", "是", "52"));
            }
            rows.add(List.of(name, "是", "是", Integer.toString(70 + (i * 7) % 30)));
        }
        exams.importResults(STAFF, JINHE, exam.exam().id(), exam.exam().version(),
                new ImportedTable(List.of("姓名", "参学", "参考", "成绩"), rows));
    }

    private void session(String heldOn, SessionType type, MeetingKind kind, String place, VenueKind venue,
                         Occasion occasion, String title, List<String> topics, List<String> laws,
                         List<Speaker> speakers, List<String> attendees, Integer headCount, int materials,
                         boolean judicialOfficeHead) {
        LocalDate date = LocalDate.parse(heldOn);
        day.on(date);
        sessions.record(STAFF, JINHE, new SessionDetails(type, kind, date, place, venue, occasion, title, topics, laws,
                speakers, attendees, headCount, materials, judicialOfficeHead));
    }
}
