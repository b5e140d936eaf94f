package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.CaseDeadline;
import fazhi.enforcement.model.CaseDeadlines;
import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.CaseSummary;
import fazhi.enforcement.port.in.DisclosedParty;
import fazhi.enforcement.port.in.LegalReviewState;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.enforcement.port.in.PublishedDecision;
import fazhi.review.model.ReviewOutcome;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;

import java.math.BigDecimal;
import java.util.Objects;

/** Between the API's request and view records and the core's enforcement cases. */
final class EnforcementCaseRestMapper {

    private EnforcementCaseRestMapper() {
    }

    // ---- requests → core ----

    static CaseDetails details(EnforcementCaseRequest request) {
        CasePartyRequest p = request.party();
        Party party = Party.parse(p.kind(), p.name(), p.idNumber(), p.creditCode(), p.legalRepresentative(), p.phone(),
                p.address());
        return new CaseDetails(request.field(), request.procedure(), party, request.facts(), request.place(),
                request.violationDate(), request.discoveredOn(),
                Boolean.TRUE.equals(request.harmsLifeHealthOrProperty()), Boolean.TRUE.equals(request.major()),
                request.officerIds());
    }

    static Outcome outcome(String field, CaseOutcomeRequest request) {
        return Outcome.of(field, request.kind(), money(field + ".fineAmount", request.fineAmount()), request.measure(),
                request.educationGiven(), request.reason());
    }

    static ProcessingEnforcementCases.Notify notify(CaseNotifyRequest r) {
        return new ProcessingEnforcementCases.Notify(r.notifiedOn(), outcome("intendedOutcome", r.intendedOutcome()),
                r.hearingOffered(), r.statementAndDefenceNotified(), r.method());
    }

    static ProcessingEnforcementCases.Decide decide(CaseDecideRequest r) {
        return new ProcessingEnforcementCases.Decide(r.decidedOn(), outcome("outcome", r.outcome()), r.partyPresent());
    }

    static ProcessingEnforcementCases.Execute execute(CaseExecuteRequest r) {
        return new ProcessingEnforcementCases.Execute(r.executedOn(), money("amountPaid", r.amountPaid()));
    }

    static CaseProcessRecordView processRecord(ProcessRecord r) {
        return new CaseProcessRecordView(r.recorderFootageRef(), r.recorderFootageFile(), r.documentsComplete(),
                r.documentFiles(), r.certificatesShown(), r.uniformWorn());
    }

    static ProcessRecord processRecord(CaseProcessRecordRequest r) {
        return new ProcessRecord(r.recorderFootageRef(), r.recorderFootageFile(), r.documentsComplete(),
                r.documentFiles(), r.certificatesShown(), r.uniformWorn());
    }

    /** A decimal string as money; the request's own pattern has already refused malformed ones. */
    static Money money(String field, String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new Money(new BigDecimal(amount.strip()));
        } catch (NumberFormatException | InvalidInput e) {
            throw new InvalidInput(field, "money.format");
        }
    }

    // ---- core → views ----

    static EnforcementCaseView view(CaseOverview overview) {
        EnforcementCase c = overview.enforcementCase();
        CaseDetails d = c.details();
        return new EnforcementCaseView(c.id(), c.township().value(), text(c.caseNumber()), c.field(), c.procedure(),
                c.status(), party(overview.party()), d.facts(), d.place(), d.violationDate(), d.discoveredOn(),
                d.harmsLifeHealthOrProperty(), c.isMajor(),
                overview.officers().stream().map(o -> new CaseOfficerView(o.id(), o.name(), o.certificateNumber()))
                        .toList(),
                c.filedOn(),
                overview.steps().stream().map(s -> new CaseStepView(s.step(), s.state(), s.date())).toList(),
                c.investigation() == null ? null
                        : new CaseInvestigationView(c.investigation().startedOn(), c.investigation().summary()),
                c.notice() == null ? null : new CaseNoticeView(c.notice().notifiedOn(),
                        outcome(c.notice().intendedOutcome()), c.notice().hearingOffered(),
                        c.notice().statementAndDefenceNotified(), c.notice().method(),
                        c.notice().hearingWindowEndsOn()),
                new CaseHearingView(c.hearing().waivedOn(), c.hearing().requestedOn(), c.hearing().heldOn(),
                        c.hearing().summary()),
                legalReview(overview.legalReview()),
                c.extension() == null ? null : new CaseExtensionView(c.extension().reason(), c.extension().until(),
                        c.extension().approvedBy(), c.extension().approvedOn()),
                c.decision() == null ? null : new CaseDecisionView(text(c.decision().number()),
                        outcome(c.decision().outcome()), c.decision().decidedOn(), c.decision().partyPresent()),
                c.delivery() == null ? null : new CaseDeliveryView(c.delivery().deliveredOn(), c.delivery().method(),
                        c.delivery().lateReason()),
                c.execution() == null ? null : new CaseExecutionView(c.execution().executedOn(),
                        text(c.execution().amountPaid()), text(c.execution().surcharge())),
                processRecord(c.processRecord()),
                c.publication() == null ? null
                        : new CasePublicationView(c.publication().publishedOn(), c.publication().withdrawnOn()),
                c.revocation() == null ? null : new CaseRevocationView(c.revocation().revokedOn(),
                        c.revocation().reason(), c.revocation().revokedBy()),
                c.closedOn(),
                deadlines(overview.deadlines()),
                overview.earlierViolations().stream().map(v -> new EarlierViolationView(v.caseId(),
                        text(v.caseNumber()), v.violationDate(), v.outcome(), v.decidedOn())).toList(),
                overview.allowedActions().stream().map(a -> a.verb()).toList(),
                overview.closeChecklist().stream()
                        .map(i -> new CaseChecklistItemView(i.item(), i.done(), i.required())).toList(),
                overview.hearingThreshold().toString(),
                c.version(),
                c.created() == null ? null : c.created().at(),
                c.updated() == null ? null : c.updated().at());
    }

    static EnforcementCaseSummaryView summary(CaseSummary s) {
        return new EnforcementCaseSummaryView(s.id(), text(s.caseNumber()), s.field(), s.procedure(), s.status(),
                new CasePartySummaryView(s.partyKind(), s.partyName()), s.violationDate(), s.filedOn(),
                s.outcome() == null ? null : new CaseOutcomeSummaryView(s.outcome(), text(s.fineAmount())),
                text(s.decisionNumber()), deadline(s.nextDeadline()), s.version());
    }

    static PublicPenaltyDecisionView published(PublishedDecision p) {
        return new PublicPenaltyDecisionView(text(p.decisionNumber()), p.field(), p.partyName(), p.facts(),
                new PublicOutcomeView(p.outcome(), text(p.fineAmount()), p.measure()), p.decidedOn(), p.publishedOn());
    }

    private static CasePartyView party(DisclosedParty p) {
        return new CasePartyView(p.kind(), p.name(), p.idNumber(), p.creditCode(), p.legalRepresentative(), p.phone(),
                p.address(), p.masked());
    }

    private static CaseOutcomeView outcome(Outcome o) {
        return o == null ? null : new CaseOutcomeView(o.kind(), o.isPenalty(), text(o.fineAmount()), o.measure(),
                o.educationGiven(), o.reason());
    }

    private static CaseLegalReviewView legalReview(LegalReviewState s) {
        if (s == null) {
            return new CaseLegalReviewView(false, null, null, null, ReviewOutcome.NONE, false, null);
        }
        ReviewOutcome status = s.status() == null ? ReviewOutcome.NONE : s.status();
        return new CaseLegalReviewView(s.required(), s.reviewId(), s.requestedOn(), s.reviewer(), status,
                status.passed(), s.decidedOn());
    }

    private static CaseDeadlinesView deadlines(CaseDeadlines d) {
        return new CaseDeadlinesView(d.today(), d.decisionDueOn(), d.hearingWindowEndsOn(), d.deliveryDueOn(),
                d.paymentDueOn(), text(d.surchargeToday()), text(d.amountDueToday()), d.decisionOverdue(),
                d.deliveryOverdue(), d.paymentOverdue(), d.hearingWindowOpen(),
                d.pending().stream().map(EnforcementCaseRestMapper::deadline).toList());
    }

    private static CaseDeadlineView deadline(CaseDeadline d) {
        return d == null ? null : new CaseDeadlineView(d.kind(), d.dueOn(), d.overdue(), d.daysLeft());
    }

    /** Numbers and money as the text they print as; null stays null. */
    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
