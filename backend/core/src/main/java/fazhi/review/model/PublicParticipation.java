package fazhi.review.model;

import java.time.LocalDate;

/** Public participation (公众参与): the period comments were taken and what they said. Validates itself. */
public record PublicParticipation(LocalDate commentsFrom, LocalDate commentsUntil, String summary) {

    public static final int MAX_SUMMARY_LENGTH = 2000;

    public PublicParticipation {
        InputCheck check = new InputCheck();
        check.present("commentsFrom", commentsFrom);
        check.present("commentsUntil", commentsUntil);
        check.notBefore("commentsUntil", commentsUntil, commentsFrom, "decision.commentsUntil.beforeFrom");
        summary = check.required("summary", summary, MAX_SUMMARY_LENGTH);
        check.done();
    }
}
