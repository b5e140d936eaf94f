package fazhi.enforcement.model;

import java.time.LocalDate;

/** The investigation (调查取证): when it started and what it found, in a summary. */
public record Investigation(LocalDate startedOn, String summary) {

    public static final int MAX_SUMMARY_LENGTH = 2000;

    public Investigation {
        CaseTexts.date("startedOn", startedOn);
        summary = CaseTexts.optional("summary", summary, MAX_SUMMARY_LENGTH);
    }
}
