package fazhi.adapter.rest.contract;

import fazhi.contract.model.ContractFigures;
import fazhi.contract.model.ContractType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ContractFiguresView", description = "A year's contract figures, over the contracts registered that "
        + "year (the year of their number), counted by the database.",
        requiredProperties = {"township", "year", "byType", "contracts", "amount", "major", "majorThreshold",
                "submittedForReview", "reviewPassed", "signed"})
public record ContractFiguresView(
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2025") int year,
        @Schema(description = "Every type, with zero where there was none") List<TypeView> byType,
        @Schema(examples = "12") long contracts,
        @Schema(description = "CNY, the amounts as amended", examples = "2722300.00") String amount,
        @Schema(description = "CON-01, with the township's threshold as it stands now", examples = "2") long major,
        @Schema(examples = "500000.00") String majorThreshold,
        @Schema(description = "Sent to legality review (LR-03)", examples = "2") long submittedForReview,
        @Schema(description = "Of those, the ones whose review passed", examples = "2") long reviewPassed,
        @Schema(description = "Signed (in performance, completed, terminated or archived)", examples = "10")
        long signed) {

    @Schema(name = "ContractTypeFiguresView", requiredProperties = {"type", "count", "amount"})
    public record TypeView(ContractType type, @Schema(examples = "3") long count,
                           @Schema(description = "CNY", examples = "1964000.00") String amount) {
    }

    static ContractFiguresView of(ContractFigures f) {
        return new ContractFiguresView(f.township().value(), f.year(),
                f.byType().stream().map(t -> new TypeView(t.type(), t.count(), t.amount().toString())).toList(),
                f.contracts(), f.amount().toString(), f.major(), f.majorThreshold().toString(),
                f.submittedForReview(), f.reviewPassed(), f.signed());
    }
}
