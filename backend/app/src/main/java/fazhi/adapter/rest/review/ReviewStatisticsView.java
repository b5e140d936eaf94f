package fazhi.adapter.rest.review;

import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ReviewStatisticsView", description = "A year's legality reviews: those first submitted in the year "
        + "counted by subject type and current outcome; the working days from submission to opinion averaged over "
        + "the rounds answered in the year.",
        requiredProperties = {"year", "reviews", "counts", "decidedRounds", "durations"})
public record ReviewStatisticsView(
        @Schema(examples = "2025") int year,
        @Schema(description = "Reviews first submitted in the year", examples = "9") long reviews,
        List<Count> counts,
        @Schema(description = "Rounds answered in the year", examples = "8") long decidedRounds,
        @Schema(description = "Average working days to the opinion; null when none was answered", nullable = true,
                examples = "8.4") Double averageWorkingDays,
        @Schema(description = "The same average per subject type") List<Duration> durations) {

    @Schema(name = "ReviewCount", requiredProperties = {"subjectType", "outcome", "reviews"})
    public record Count(SubjectType subjectType, ReviewOutcome outcome, @Schema(examples = "2") long reviews) {
    }

    @Schema(name = "ReviewDuration", requiredProperties = {"subjectType", "decidedRounds", "averageWorkingDays"})
    public record Duration(SubjectType subjectType, @Schema(examples = "3") long decidedRounds,
                           @Schema(examples = "9.3") double averageWorkingDays) {
    }
}
