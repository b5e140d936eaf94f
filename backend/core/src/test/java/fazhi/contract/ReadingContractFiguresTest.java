package fazhi.contract;

import fazhi.contract.model.ContractFigures;
import fazhi.contract.model.ContractFigures.Tally;
import fazhi.contract.model.ContractFigures.TypeFigures;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.MajorContractPolicy;
import fazhi.contract.port.out.ContractFiguresRepository;
import fazhi.contract.service.ContractFiguresService;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.service.TownshipService;
import fazhi.testing.FixedClock;
import fazhi.testing.RecordingAuditLog;
import fazhi.testing.TestTownships;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** The year's contract figures: every type with its count and amount, and the CON-01 / LR-03 counts. */
class ReadingContractFiguresTest {

    private Money thresholdAsked;
    private Set<ContractType> typesAsked;
    private final ContractFiguresRepository repository = new ContractFiguresRepository() {
        @Override
        public Map<ContractType, TypeFigures> byType(TownshipCode township, int year) {
            return Map.of(ContractType.WORKS, new TypeFigures(ContractType.WORKS, 3, Money.of("1748000.00")),
                    ContractType.LAND, new TypeFigures(ContractType.LAND, 1, Money.of("180000.00")));
        }

        @Override
        public Tally tally(TownshipCode township, int year, Money majorThreshold, Set<ContractType> majorTypes) {
            thresholdAsked = majorThreshold;
            typesAsked = majorTypes;
            return new Tally(2, 2, 2, 4);
        }
    };
    private final TownshipService townships = new TownshipService(TestTownships.theCounty(), new RecordingAuditLog(),
            FixedClock.on(LocalDate.of(2025, 12, 31)));
    private final ContractFiguresService service = new ContractFiguresService(repository, townships,
            township -> new ContractSettings(Money.of("400000.00"), 30));

    @Test
    void every_type_appears_and_the_totals_add_up() {
        // when
        ContractFigures figures = service.figures(a(Role.AUDITOR).of(JINHE).build(), JINHE, 2025);

        // then
        assertThat(figures.byType()).hasSize(ContractType.values().length);
        assertThat(figures.byType()).filteredOn(t -> t.type() == ContractType.GOODS).singleElement()
                .satisfies(t -> assertThat(t.count()).isZero());
        assertThat(figures.contracts()).isEqualTo(4);
        assertThat(figures.amount()).isEqualTo(Money.of("1928000.00"));
        assertThat(figures.major()).isEqualTo(2);
        assertThat(figures.reviewPassed()).isEqualTo(2);
        assertThat(figures.signed()).isEqualTo(4);
        assertThat(figures.majorThreshold()).isEqualTo(Money.of("400000.00"));
        assertThat(thresholdAsked).isEqualTo(Money.of("400000.00"));
        assertThat(typesAsked).isEqualTo(MajorContractPolicy.MAJOR_TYPES);
    }

    @Test
    void a_year_out_of_range_another_township_and_no_role_are_refused() {
        thrown(InvalidInput.class, () -> service.figures(a(Role.AUDITOR).of(JINHE).build(), JINHE, 1999));
        thrown(RecordNotFound.class, () -> service.figures(a(Role.AUDITOR).of(GAOCUN).build(), JINHE, 2025));
        thrown(AccessDenied.class, () -> service.figures(a().of(JINHE).build(), JINHE, 2025));
    }
}
