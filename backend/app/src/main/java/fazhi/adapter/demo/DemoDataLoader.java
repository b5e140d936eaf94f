package fazhi.adapter.demo;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.Clock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * Demo data for the local run (never in production): the townships Jinhe (锦和镇) and Gaocun (高村镇), and
 * Jinhe's ten certified officers of the 2025 report. It goes through the use cases, so it is validated and
 * audited like any other change, and it loads only into an empty township.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final TownshipCode JINHE = TownshipCode.of("jinhe");
    static final TownshipCode GAOCUN = TownshipCode.of("gaocun");

    private final Townships townships;
    private final ManagingOfficers officers;
    private final InspectionDemoData inspections;
    private final Clock clock;
    private final boolean enabled;

    public DemoDataLoader(Townships townships, ManagingOfficers officers, InspectionDemoData inspections, Clock clock,
                          @ConfigProperty(name = "fazhi.demo-data.enabled") boolean enabled) {
        this.townships = townships;
        this.officers = officers;
        this.inspections = inspections;
        this.clock = clock;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    void load() {
        Actor system = Actor.system();
        townships.register(system, new Township(JINHE, "锦和镇", "Jinhe Town"));
        townships.register(system, new Township(GAOCUN, "高村镇", "Gaocun Town"));
        if (officers.list(system, JINHE, OfficerQuery.all(), PageRequest.of(0, 1, null, OfficerQuery.SORTABLE,
                OfficerQuery.DEFAULT_SORT)).total() > 0) {
            return;
        }
        jinheOfficers().forEach(details -> officers.register(system, JINHE, details));
        officers.register(system, GAOCUN, new OfficerDetails("高文涛", Department.COMPREHENSIVE, "0745-5318802",
                new Certificate("湘执法43122700201", LocalDate.of(2022, 4, 1), LocalDate.of(2028, 3, 31))));
        inspections.load();
        LOG.info("demo data loaded: townships jinhe and gaocun, 11 officers");
    }

    /**
     * Ten officers across 应急, 农业, 林业 and 畜牧水产, all certified on 2025-12-31; two certificates run out
     * within the next month of whatever day the demo starts, so the register shows its warnings.
     */
    private List<OfficerDetails> jinheOfficers() {
        LocalDate today = clock.today();
        return List.of(
                officer("龙建国", Department.EMERGENCY, "13907451201", "湘执法43122600101", "2021-06-18",
                        today.plusDays(12)),
                officer("滕晓梅", Department.EMERGENCY, "13907451202", "湘执法43122600102", "2022-03-09", "2028-03-08"),
                officer("舒立平", Department.EMERGENCY, "13907451203", "湘执法43122600103", "2023-05-20", "2029-05-19"),
                officer("田志军", Department.AGRICULTURE, "13907451204", "湘执法43122600104", "2021-09-01",
                        today.plusDays(26)),
                officer("杨春燕", Department.AGRICULTURE, "13907451205", "湘执法43122600105", "2022-11-15", "2028-11-14"),
                officer("麻永红", Department.AGRICULTURE, "13907451206", "湘执法43122600106", "2024-02-26", "2030-02-25"),
                officer("姚文斌", Department.FORESTRY, "13907451207", "湘执法43122600107", "2022-07-12", "2028-07-11"),
                officer("张秀兰", Department.FORESTRY, "13907451208", "湘执法43122600108", "2023-08-03", "2029-08-02"),
                officer("向德胜", Department.LIVESTOCK_AQUATIC, "13907451209", "湘执法43122600109", "2021-12-10",
                        "2027-12-09"),
                officer("吴海燕", Department.LIVESTOCK_AQUATIC, "13907451210", "湘执法43122600110", "2024-04-18",
                        "2030-04-17"));
    }

    private static OfficerDetails officer(String name, Department department, String phone, String number,
                                          String issued, String expires) {
        return officer(name, department, phone, number, issued, LocalDate.parse(expires));
    }

    private static OfficerDetails officer(String name, Department department, String phone, String number,
                                          String issued, LocalDate expires) {
        return new OfficerDetails(name, department, phone, new Certificate(number, LocalDate.parse(issued), expires));
    }
}
