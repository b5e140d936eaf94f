package fazhi.adapter.demo;

import fazhi.contract.model.ContractFigures;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.in.ContractSummary;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.ReadingContractFigures;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.out.Clock;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo contracts of Jinhe load through the rules: twelve of 2025 in every state, two major with passed reviews,
 * one amendment, one milestone overdue and one contract ending within 30 days of today; once.
 */
@QuarkusTest
class ContractDemoDataTest {

    static final TownshipCode JINHE = TownshipCode.of("jinhe");
    static final Actor AUDITOR = new Actor("t-auditor", Set.of(Role.AUDITOR), Set.of(JINHE), false);
    static final String OF_2025 = "select count(*) from contracts where township = 'jinhe' and contract_year = 2025";
    private static boolean loaded;

    @Inject
    ContractDemoData demo;
    @Inject
    ManagingContracts contracts;
    @Inject
    ReadingContractFigures figures;
    @Inject
    @Any
    Instance<Deadlines> deadlines;
    @Inject
    TestTownships townships;
    @Inject
    Clock clock;
    @Inject
    Sql sql;

    /** Given Jinhe without contracts (other tests' contracts removed), the demo loads once. */
    @BeforeEach
    void loadOnce() {
        if (loaded) {
            return;
        }
        townships.ensure();
        sql.update("delete from contracts where township = 'jinhe'");
        sql.update("delete from contract_counter where township = 'jinhe'");
        QuarkusTransaction.requiringNew().run(demo::load);
        loaded = true;
    }

    List<ContractSummary> ledger(ContractQuery query) {
        Page<ContractSummary> page = contracts.list(AUDITOR, JINHE, query,
                PageRequest.of(0, 50, "number,asc", ContractQuery.SORTABLE, ContractQuery.DEFAULT_SORT));
        return page.items();
    }

    ContractSummary titled(String title) {
        return ledger(new ContractQuery(null, null, null, title, 2025, null, null)).get(0);
    }

    @Test
    void twelve_contracts_of_2025_numbered_1_to_12_in_every_state_and_a_second_load_adds_nothing() {
        assertThat(sql.count(OF_2025)).isEqualTo(12);
        assertThat(sql.count(OF_2025 + " and contract_seq between 1 and 12")).isEqualTo(12);
        QuarkusTransaction.requiringNew().run(demo::load);
        assertThat(sql.count("select count(*) from contracts where township = 'jinhe'")).isEqualTo(12);
        for (String[] state : new String[][] {{"DRAFT", "1"}, {"APPROVED", "1"}, {"PERFORMING", "5"},
                {"COMPLETED", "1"}, {"TERMINATED", "1"}, {"ARCHIVED", "3"}}) {
            assertThat(sql.count(OF_2025 + " and status = ?", state[0])).as(state[0])
                    .isEqualTo(Long.parseLong(state[1]));
        }
        assertThat(sql.count(OF_2025 + " and contract_type in ('WORKS', 'LAND', 'SERVICES', 'GOODS', 'LEASE', "
                + "'COOPERATION')")).isEqualTo(12);
        assertThat(titled("法律顾问服务合同").counterpartyName()).isEqualTo("湖南芙蓉律师事务所");
        assertThat(titled("校园保洁").number().toString()).startsWith("锦和合〔2025〕第");
    }

    @Test
    void two_are_major_and_both_passed_their_legality_review_before_approval() {
        List<ContractSummary> major = ledger(new ContractQuery(null, null, true, null, 2025, null, null));
        assertThat(major).extracting(ContractSummary::title).containsExactlyInAnyOrder(
                "锦和镇集镇农贸市场配套停车场土地租赁合同", "锦和镇清水村安全饮水巩固提升工程施工合同");
        for (ContractSummary contract : major) {
            ContractOverview read = contracts.get(AUDITOR, JINHE, contract.id());
            assertThat(read.review().passed()).as(contract.title()).isTrue();
            assertThat(read.contract().approval().approvedOn()).isAfterOrEqualTo(read.review().decidedOn());
        }
        ContractFigures year = figures.figures(AUDITOR, JINHE, 2025);
        assertThat(year.contracts()).isEqualTo(12);
        assertThat(year.major()).isEqualTo(2);
        assertThat(year.submittedForReview()).isEqualTo(2);
        assertThat(year.reviewPassed()).isEqualTo(2);
        assertThat(year.signed()).isEqualTo(10);
    }

    @Test
    void the_road_works_were_amended_once_and_show_both_versions() {
        ContractOverview road = contracts.get(AUDITOR, JINHE, titled("和平村组级道路硬化").id());
        assertThat(road.amendments()).hasSize(1);
        assertThat(road.versions()).extracting(v -> v.version().terms().amount().toString())
                .containsExactly("468000.00", "496000.00");
        assertThat(road.contract().details().amount().toString()).isEqualTo("496000.00");
        assertThat(road.performance().paid().toString()).isEqualTo("471200.00");
        assertThat(sql.count("select count(*) from contract_amendments a join contracts c on c.id = a.contract_id "
                + "where c.township = 'jinhe'")).isEqualTo(1);
    }

    @Test
    void one_milestone_is_overdue_and_one_contract_ends_within_30_days_both_on_the_radar() {
        assertThat(ledger(new ContractQuery(null, null, null, null, 2025, null, true)))
                .extracting(ContractSummary::title).containsExactly("锦和镇清水村安全饮水巩固提升工程施工合同");
        assertThat(ledger(new ContractQuery(null, null, null, null, 2025, 30, null)))
                .extracting(ContractSummary::title).containsExactly("锦和镇中心小学及幼儿园校园保洁服务合同");
        assertThat(sql.count("select count(*) from contract_milestones m join contracts c on c.id = m.contract_id "
                + "where c.township = 'jinhe' and c.status = 'PERFORMING' and m.state = 'PENDING' and m.due_on < ?",
                clock.today())).isEqualTo(1);
        List<Deadline> due = deadlines.stream().flatMap(d -> d.dueWithin(AUDITOR, JINHE, Period.ofDays(7)).stream())
                .filter(d -> d.recordType().equals("contract")).toList();
        assertThat(due).extracting(Deadline::kind).contains("CONTRACT_EXPIRY", "CONTRACT_MILESTONE");
        assertThat(due).filteredOn(Deadline::overdue).singleElement()
                .satisfies(d -> assertThat(d.label()).contains("蓄水池主体及主管网完工"));
        assertThat(due).filteredOn(d -> d.kind().equals("CONTRACT_EXPIRY")).singleElement()
                .satisfies(d -> assertThat(d.daysLeft()).isEqualTo(20));
    }

    @Test
    void the_land_lessors_identity_number_is_kept_encrypted() {
        String id = titled("土地租赁").id();
        assertThat(sql.string("select counterparty_id_number from contracts where id = ?", id))
                .isNotEqualTo("431226196708230411").doesNotContain("19670823");
        assertThat(contracts.get(AUDITOR, JINHE, id).counterparty().idNumber()).isEqualTo("431***********0411");
    }
}
