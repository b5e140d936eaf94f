package fazhi.enforcement.model;

import java.time.LocalDate;

/**
 * What has happened to an enforcement case since filing, step by step: each part null (or none, or empty) until
 * its step is taken. The persistence adapter rebuilds a case from it.
 */
public record CaseProgress(Investigation investigation, Notice notice, Hearing hearing,
                           LegalReviewRequest legalReview, Extension extension, PenaltyDecision decision,
                           Delivery delivery, Execution execution, ProcessRecord processRecord,
                           LocalDate closedOn, Publication publication, Revocation revocation) {

    /** A case just filed. */
    public static final CaseProgress NONE = new CaseProgress(null, null, Hearing.none(), null, null, null, null, null,
            ProcessRecord.empty(), null, null, null);

    public CaseProgress {
        hearing = hearing == null ? Hearing.none() : hearing;
        processRecord = processRecord == null ? ProcessRecord.empty() : processRecord;
    }
}
