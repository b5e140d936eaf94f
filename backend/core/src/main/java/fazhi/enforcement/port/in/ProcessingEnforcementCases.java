package fazhi.enforcement.port.in;

import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.CaseTexts;
import fazhi.enforcement.model.Delivery;
import fazhi.enforcement.model.Extension;
import fazhi.enforcement.model.Hearing;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.model.Revocation;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;

/**
 * Enforcement cases (行政处罚案件) of a township, from filing to closing, with the Administrative Penalty Law
 * checked at each step (ENF-01..ENF-13). Officers and leaders act; extension, publication and revocation are the
 * leader's. Every role of the township reads. Every change names the version it was based on (SYS-02), is
 * audited with personal data masked (SYS-01), and answers the case as the actor sees it. A null date in a
 * command means today.
 */
public interface ProcessingEnforcementCases {

    /** 立案: ENF-01/02 on the filing day, ENF-12; the case takes the next case number of the filing year. */
    CaseOverview file(Actor actor, TownshipCode township, FileCase command);

    /** Edits the filing while FILED or INVESTIGATING: ENF-01/02 on today, ENF-12. */
    CaseOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion, CaseDetails details);

    CaseOverview investigate(Actor actor, TownshipCode township, String id, long expectedVersion, Investigate command);

    /** 告知: ENF-01/02 on the day, ENF-03 for the intended outcome, ENF-06 hearing offered at the threshold. */
    CaseOverview notify(Actor actor, TownshipCode township, String id, long expectedVersion, Notify command);

    CaseOverview waiveHearing(Actor actor, TownshipCode township, String id, long expectedVersion,
                              WaiveHearing command);

    /** ENF-06: within 5 days of the notice. */
    CaseOverview requestHearing(Actor actor, TownshipCode township, String id, long expectedVersion,
                                RequestHearing command);

    CaseOverview holdHearing(Actor actor, TownshipCode township, String id, long expectedVersion,
                             HoldHearing command);

    /** ENF-07: submits the case to the legality review (subject ENFORCEMENT_DECISION, ref = case id). */
    CaseOverview requestLegalReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    RequestLegalReview command);

    /** ENF-04: the leader moves the decision due date, with a reason. */
    CaseOverview approveExtension(Actor actor, TownshipCode township, String id, long expectedVersion,
                                  ApproveExtension command);

    /** ENF-01/02/03/04/05/06/07/08/12; a penalty gets the next decision number of its year. */
    CaseOverview decide(Actor actor, TownshipCode township, String id, long expectedVersion, Decide command);

    /** ENF-01/02 on the day, ENF-10. */
    CaseOverview deliver(Actor actor, TownshipCode township, String id, long expectedVersion, Deliver command);

    /** ENF-11: a fine with the surcharge owed on the day. */
    CaseOverview execute(Actor actor, TownshipCode township, String id, long expectedVersion, Execute command);

    CaseOverview recordProcess(Actor actor, TownshipCode township, String id, long expectedVersion,
                               ProcessRecord command);

    /** ENF-09. */
    CaseOverview close(Actor actor, TownshipCode township, String id, long expectedVersion, Close command);

    /** ENF-13, leader. */
    CaseOverview publish(Actor actor, TownshipCode township, String id, long expectedVersion, Publish command);

    /** ENF-13: leader; the publication is withdrawn the same day. */
    CaseOverview revoke(Actor actor, TownshipCode township, String id, long expectedVersion, Revoke command);

    CaseOverview get(Actor actor, TownshipCode township, String id);

    Page<CaseSummary> list(Actor actor, TownshipCode township, EnforcementCaseQuery query, PageRequest page);

    /** ENF-13: the published, not withdrawn penalty decisions of a township, newest first; no login. */
    Page<PublishedDecision> published(TownshipCode township, Integer year, PageRequest page);

    // ---- commands ----

    /** 立案: the filing; {@code filedOn} null means today. */
    record FileCase(CaseDetails details, LocalDate filedOn) {
        public FileCase {
            if (details == null) {
                throw new InvalidInput("details", "field.required");
            }
        }
    }

    record Investigate(LocalDate startedOn, String summary) {
    }

    /**
     * 告知: the intended penalty (a penalty kind), whether a hearing is offered, and that the rights to
     * statement and defence were told (must be true).
     */
    record Notify(LocalDate notifiedOn, Outcome intendedOutcome, boolean hearingOffered,
                  boolean statementAndDefenceNotified, String method) {
    }

    record WaiveHearing(LocalDate waivedOn) {
    }

    record RequestHearing(LocalDate requestedOn) {
    }

    record HoldHearing(LocalDate heldOn, String summary) {
        public HoldHearing {
            summary = CaseTexts.required("summary", summary, Hearing.MAX_SUMMARY_LENGTH);
        }
    }

    /** To which legal reviewer (a username, optional) and with what summary (the material handed in). */
    record RequestLegalReview(String reviewer, String summary) {
        public static final int MAX_SUMMARY_LENGTH = 200;

        public RequestLegalReview {
            reviewer = CaseTexts.optional("reviewer", reviewer, 100);
            summary = CaseTexts.required("summary", summary, MAX_SUMMARY_LENGTH);
        }
    }

    record ApproveExtension(String reason, LocalDate until) {
        public ApproveExtension {
            reason = CaseTexts.required("reason", reason, Extension.MAX_REASON_LENGTH);
            CaseTexts.date("until", until);
        }
    }

    /** 决定: the outcome (see {@link Outcome#of}), the day, and whether the party was there (ENF-10). */
    record Decide(LocalDate decidedOn, Outcome outcome, boolean partyPresent) {
        public Decide {
            if (outcome == null) {
                throw new InvalidInput("outcome.kind", "field.required");
            }
        }
    }

    /** 送达: after the due date only with {@code lateReason} (ENF-10). */
    record Deliver(LocalDate deliveredOn, String method, String lateReason) {
        public Deliver {
            method = CaseTexts.optional("method", method, Delivery.MAX_METHOD_LENGTH);
            lateReason = CaseTexts.optional("lateReason", lateReason, Delivery.MAX_REASON_LENGTH);
        }
    }

    /** 执行: {@code amountPaid} is required for a fine, fine + surcharge at least (ENF-11). */
    record Execute(LocalDate executedOn, Money amountPaid) {
    }

    record Close(LocalDate closedOn) {
    }

    record Publish(LocalDate publishedOn) {
    }

    record Revoke(LocalDate revokedOn, String reason) {
        public Revoke {
            reason = CaseTexts.required("reason", reason, Revocation.MAX_REASON_LENGTH);
        }
    }
}
