package fazhi.adapter.persistence.enforcementcase;

import fazhi.adapter.persistence.shared.PersonalDataCipher;
import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.NumberKind;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.PartyKind;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.model.Procedure;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Close;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Deliver;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Execute;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Investigate;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Publish;
import fazhi.enforcement.port.out.EnforcementCaseRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Money;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.out.Clock;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases stored and read back in MariaDB/MySQL: round trip, encrypted personal data, counters, ENF-08 lookups. */
@QuarkusTest
class EnforcementCasePersistenceTest {

    private static final TownshipCode JINHE = TownshipCode.of("jinhe");
    private static final Actor SYSTEM = Actor.system();

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;
    @Inject
    EnforcementCaseRepository repository;
    @Inject
    ProcessingEnforcementCases cases;
    @Inject
    ManagingOfficers officers;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    Clock clock;

    private List<String> team;
    private LocalDate today;

    @BeforeEach
    void aTownshipWithTwoOfficers() {
        townships.ensure();
        today = clock.today();
        team = QuarkusTransaction.requiringNew().call(() -> List.of(officer("李明"), officer("王芳")));
    }

    private String officer(String name) {
        Certificate certificate = new Certificate("湘执证-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31));
        return officers.register(SYSTEM, JINHE, new OfficerDetails(name, Department.EMERGENCY, null, certificate))
                .id();
    }

    /** A valid identity number no other test uses (GB 11643 check character computed). */
    private static String freshIdNumber() {
        String first17 = "430000" + "1990" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "15"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private CaseDetails details(String idNumber, LocalDate violated) {
        Party party = Party.parse(PartyKind.INDIVIDUAL, "张三", idNumber, null, null, "13812345678", "锦和镇锦和村3组");
        return new CaseDetails(EnforcementField.WATER_TRAFFIC_SAFETY, Procedure.ORDINARY, party, "无证驾驶船舶载客",
                "锦江码头", violated, violated.plusDays(1), false, false, team);
    }

    private EnforcementCase file(CaseDetails details, LocalDate filedOn) {
        return QuarkusTransaction.requiringNew().call(() ->
                cases.file(SYSTEM, JINHE, new FileCase(details, filedOn)).enforcementCase());
    }

    private EnforcementCase reread(String id) {
        return QuarkusTransaction.requiringNew().call(() -> repository.find(JINHE, id).orElseThrow());
    }

    @Test
    void a_case_taken_through_every_step_reads_back_as_it_was_saved() {
        // given
        EnforcementCase filed = file(details(freshIdNumber(), today.minusDays(20)), today.minusDays(14));
        String id = filed.id();

        // when
        EnforcementCase last = QuarkusTransaction.requiringNew().call(() -> {
            cases.investigate(SYSTEM, JINHE, id, 0, new Investigate(today.minusDays(13), "询问笔录两份"));
            cases.notify(SYSTEM, JINHE, id, 1, new Notify(today.minusDays(12), new Outcome.Fine(Money.of("500.00")),
                    false, true, "直接送达"));
            cases.decide(SYSTEM, JINHE, id, 2, new Decide(today.minusDays(10), new Outcome.Fine(Money.of("500.00")),
                    false));
            cases.deliver(SYSTEM, JINHE, id, 3, new Deliver(today.minusDays(8), "邮寄送达", null));
            cases.execute(SYSTEM, JINHE, id, 4, new Execute(today.minusDays(2), Money.of("500.00")));
            cases.recordProcess(SYSTEM, JINHE, id, 5, new ProcessRecord("记录仪-0001", true, true, true));
            cases.close(SYSTEM, JINHE, id, 6, new Close(today.minusDays(1)));
            return cases.publish(SYSTEM, JINHE, id, 7, new Publish(today.minusDays(1))).enforcementCase();
        });
        EnforcementCase read = reread(id);

        // then
        assertThat(read.snapshot()).isEqualTo(last.snapshot());
        assertThat(read.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(read.version()).isEqualTo(8);
        assertThat(read.details()).isEqualTo(filed.details());
        assertThat(read.decision().number().toString()).matches("锦和罚决字〔" + today.minusDays(10).getYear()
                + "〕第\\d+号");
        assertThat(read.created().by()).isEqualTo("system");
        assertThat(sql.count("select count(*) from enforcement_case_officer where case_id = ?", id)).isEqualTo(2);
        assertThat(sql.count("""
                select count(*) from enforcement_case where id = ? and decision_due_on is null
                   and delivery_due_on is null and payment_due_on is null and outcome_kind = 'FINE'
                   and fine_amount = 500.00""", id)).isEqualTo(1);
    }

    @Test
    void the_id_number_and_phone_are_ciphertext_in_the_table_with_a_fingerprint_beside() {
        // given
        String idNumber = freshIdNumber();

        // when
        String id = file(details(idNumber, today.minusDays(5)), today).id();

        // then
        assertThat(sql.count("select count(*) from enforcement_case where id = ? and party_id_number like 'v1:%'"
                + " and party_phone like 'v1:%'", id)).isEqualTo(1);
        assertThat(sql.count("select count(*) from enforcement_case where party_id_number like ?"
                + " or party_phone like ?", "%" + idNumber + "%", "%13812345678%")).isZero();
        assertThat(sql.count("select count(*) from enforcement_case where id = ? and party_fingerprint = ?", id,
                cipher.fingerprint(idNumber))).isEqualTo(1);
        assertThat(reread(id).party().idNumber().value()).isEqualTo(idNumber);
        assertThat(sql.count("select count(*) from audit_events where record_id = ? and changes like ?", id,
                "%" + idNumber + "%")).isZero();
    }

    @Test
    void numbers_count_per_township_kind_and_year_and_start_at_1() {
        // given: a year no other test uses
        int year = 2200 + ThreadLocalRandom.current().nextInt(700);

        // when
        int first = QuarkusTransaction.requiringNew().call(() -> repository.nextNumber(JINHE, NumberKind.PENALTY_DECISION, year));
        int second = QuarkusTransaction.requiringNew().call(() -> repository.nextNumber(JINHE, NumberKind.PENALTY_DECISION, year));
        int nextYear = QuarkusTransaction.requiringNew().call(() -> repository.nextNumber(JINHE, NumberKind.PENALTY_DECISION, year + 1000));
        int caseCounter = QuarkusTransaction.requiringNew().call(() -> repository.nextNumber(JINHE, NumberKind.CASE, year));
        int gaocun = QuarkusTransaction.requiringNew().call(() -> repository.nextNumber(TownshipCode.of("gaocun"),
                NumberKind.PENALTY_DECISION, year));

        // then
        assertThat(List.of(first, second, nextYear, caseCounter, gaocun)).containsExactly(1, 2, 1, 1, 1);
    }

    @Test
    void numbers_taken_at_once_are_all_different() throws Exception {
        // given
        int year = 2200 + ThreadLocalRandom.current().nextInt(700);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> takers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            takers.add(() -> QuarkusTransaction.requiringNew().call(() ->
                    repository.nextNumber(JINHE, NumberKind.CASE, year + 1000)));
        }

        // when
        List<Integer> numbers = new ArrayList<>();
        try {
            for (Future<Integer> taken : pool.invokeAll(takers)) {
                numbers.add(taken.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(Set.copyOf(numbers)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    void earlier_violations_are_found_by_the_fingerprint_of_the_id_number() {
        // given: a warning for an earlier violation, a minor one not penalised, and another party's fine
        String idNumber = freshIdNumber();
        String earlier = file(details(idNumber, today.minusDays(60)), today.minusDays(58)).id();
        QuarkusTransaction.requiringNew().run(() -> {
            cases.notify(SYSTEM, JINHE, earlier, 0, new Notify(today.minusDays(57), new Outcome.Warning(), false,
                    true, null));
            cases.decide(SYSTEM, JINHE, earlier, 1, new Decide(today.minusDays(55), new Outcome.Warning(), true));
        });
        String minor = file(details(idNumber, today.minusDays(50)), today.minusDays(49)).id();
        QuarkusTransaction.requiringNew().run(() -> cases.decide(SYSTEM, JINHE, minor, 0,
                new Decide(today.minusDays(48), new Outcome.NoPenaltyMinor("情节轻微并及时改正"), true)));
        String other = file(details(freshIdNumber(), today.minusDays(60)), today.minusDays(58)).id();
        String current = file(details(idNumber, today.minusDays(10)), today.minusDays(9)).id();

        // when
        List<EarlierViolation> found = QuarkusTransaction.requiringNew().call(() ->
                repository.earlierViolations(JINHE, idNumber, today.minusDays(10), current));

        // then
        assertThat(found).extracting(EarlierViolation::caseId).containsExactly(earlier);
        assertThat(found.get(0).outcome()).isEqualTo(OutcomeKind.WARNING);
        assertThat(other).isNotEqualTo(earlier);
        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.get(SYSTEM, JINHE, current).earlierViolations()))
                .extracting(EarlierViolation::caseId).containsExactly(earlier);
    }

    @Test
    void the_list_filters_by_year_and_text_and_sorts_by_case_number() {
        // given
        String idNumber = freshIdNumber();
        EnforcementCase filed = file(details(idNumber, today.minusDays(5)), today);

        // when
        var page = QuarkusTransaction.requiringNew().call(() -> repository.search(JINHE,
                new EnforcementCaseQuery(CaseStatus.FILED, EnforcementField.WATER_TRAFFIC_SAFETY, Procedure.ORDINARY,
                        today.getYear(), null, filed.caseNumber().toString(), 100),
                PageRequest.of(0, 20, "caseNumber,desc", EnforcementCaseQuery.SORTABLE,
                        EnforcementCaseQuery.DEFAULT_SORT), today));

        // then
        assertThat(page.items()).extracting(EnforcementCase::id).containsExactly(filed.id());
        assertThat(page.total()).isEqualTo(1);
    }
}
