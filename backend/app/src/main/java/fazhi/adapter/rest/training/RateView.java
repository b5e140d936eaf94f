package fazhi.adapter.rest.training;

import fazhi.training.model.Rate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RateView", description = "A rate as an exact fraction and a percentage with one decimal (half up)",
        requiredProperties = {"numerator", "denominator", "percent"})
public record RateView(@Schema(examples = "40") long numerator, @Schema(examples = "40") long denominator,
                       @Schema(examples = "100.0") String percent) {

    static RateView of(Rate rate) {
        return rate == null ? null : new RateView(rate.numerator(), rate.denominator(), rate.percent().toPlainString());
    }
}
