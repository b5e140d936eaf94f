package fazhi.review.model;

import java.util.List;

/**
 * A township's legality reviews of a year (those first submitted in it): how many of each subject type stand
 * at each outcome, and how many working days an opinion took on average, over the rounds answered in the year.
 * {@code averageWorkingDays} is null where no round was answered.
 */
public record ReviewStatistics(int year, long reviews, List<Count> counts, long decidedRounds,
                               Double averageWorkingDays, List<Duration> durations) {

    public ReviewStatistics {
        counts = List.copyOf(counts);
        durations = List.copyOf(durations);
    }

    /** Reviews of one subject type whose current round stands at one outcome. */
    public record Count(SubjectType subjectType, ReviewOutcome outcome, long reviews) {
    }

    /** The rounds of one subject type answered in the year and their average working days to the opinion. */
    public record Duration(SubjectType subjectType, long decidedRounds, double averageWorkingDays) {
    }

    /** One round answered in the year, for counting its working days. */
    public record DecidedRound(SubjectType subjectType, java.time.LocalDate submittedOn,
                               java.time.LocalDate decidedOn) {
    }
}
