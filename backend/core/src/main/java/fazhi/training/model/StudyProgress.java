package fazhi.training.model;

import java.time.LocalDate;

/**
 * TRN-01 for one year: the central group's law studies held, the township's minimum, whether it is met, and whether
 * the year is behind on {@code asOf} (from the warning day on, fewer than the minimum).
 */
public record StudyProgress(int year, long studies, int minimum, boolean met, long missing, LocalDate warnFrom,
                            LocalDate dueOn, boolean behind) {
}
