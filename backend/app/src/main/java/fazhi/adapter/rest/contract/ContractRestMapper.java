package fazhi.adapter.rest.contract;

import fazhi.contract.model.Amendment;
import fazhi.contract.model.Approval;
import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractTerm;
import fazhi.contract.model.Counterparty;
import fazhi.contract.model.Majority;
import fazhi.contract.model.Milestone;
import fazhi.contract.model.Performance;
import fazhi.contract.model.ReviewAnswer;
import fazhi.contract.model.Signing;
import fazhi.contract.port.in.AmendmentState;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractSummary;
import fazhi.contract.port.in.DisclosedCounterparty;
import fazhi.contract.port.in.MilestoneState;
import fazhi.review.model.ReviewOutcome;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;

import java.math.BigDecimal;
import java.util.Objects;

/** Between the API's request and view records and the core's contracts. */
final class ContractRestMapper {

    private ContractRestMapper() {
    }

    // ---- requests → core ----

    static ContractDetails details(ContractRequest r) {
        return new ContractDetails(r.title(), r.type(), counterparty(r.counterparty()), money("amount", r.amount()),
                term(r.term()), r.department(), r.responsiblePerson(), r.procurementMethod(),
                Boolean.TRUE.equals(r.tendered()), r.summary());
    }

    static Counterparty counterparty(ContractCounterpartyRequest p) {
        if (p == null) {
            throw new InvalidInput("counterparty", "field.required");
        }
        return Counterparty.parse(p.kind(), p.name(), p.creditCode(), p.idNumber(), p.legalRepresentative(),
                p.phone(), p.address());
    }

    static ContractTerm term(ContractTermRequest t) {
        if (t == null) {
            throw new InvalidInput("term", "field.required");
        }
        return new ContractTerm(t.startOn(), t.endOn());
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

    static ContractView view(ContractOverview o) {
        Contract c = o.contract();
        ContractDetails d = c.details();
        Majority majority = o.majority();
        return new ContractView(c.id(), c.township().value(), c.number().toString(), d.title(), d.type(), c.status(),
                counterparty(o.counterparty()), d.amount().toString(), term(d.term()), d.department(),
                d.responsiblePerson(), d.procurementMethod(), d.tendered(), d.summary(), c.registeredOn(),
                majority.major(), majority.reasons(), majority.threshold().toString(),
                review(o.review(), majority.major() || c.reviewSubmittedOn() != null), c.reviewSubmittedOn(),
                approval(c.approval()), signing(c.signing()), c.completedOn(),
                c.termination() == null ? null : new ContractTerminationView(c.termination().terminatedOn(),
                        c.termination().reason(), c.termination().terminatedBy()),
                c.archivedOn(),
                performance(o.performance(), o.expiryNoticeDays()),
                o.milestones().stream().map(ContractRestMapper::milestone).toList(),
                c.payments().stream().map(p -> new ContractPaymentView(p.number(), p.milestoneNumber(), p.paidOn(),
                        p.amount().toString(), p.voucher(), p.recordedBy())).toList(),
                o.amendments().stream().map(ContractRestMapper::amendment).toList(),
                o.versions().stream().map(v -> new ContractVersionView(v.version().number(),
                        v.version().amendmentNumber(), counterparty(v.counterparty()),
                        v.version().terms().amount().toString(), term(v.version().terms().term()),
                        v.version().effectiveOn())).toList(),
                o.allowedActions().stream().map(a -> a.verb()).toList(),
                c.version(),
                c.created() == null ? null : c.created().at(),
                c.updated() == null ? null : c.updated().at());
    }

    static ContractSummaryView summary(ContractSummary s) {
        Performance p = s.performance();
        return new ContractSummaryView(s.id(), s.number().toString(), s.title(), s.type(), s.status(),
                s.counterpartyKind(), s.counterpartyName(), s.amount().toString(), term(s.term()),
                s.majority().major(), s.majority().reasons(), s.signedOn(), p.paid().toString(), p.endingSoon(),
                p.expired(), p.overdueMilestones(), p.flagged(), s.version());
    }

    private static ContractMilestoneView milestone(MilestoneState s) {
        Milestone m = s.milestone();
        return new ContractMilestoneView(m.number(), m.kind(), m.title(), m.dueOn(), text(m.amount()), s.status(),
                s.paid().toString(), m.doneOn(), m.note(), m.waivedReason(), m.evidenceFiles(), s.allowedActions());
    }

    private static ContractAmendmentView amendment(AmendmentState s) {
        Amendment a = s.amendment();
        return new ContractAmendmentView(a.number(), a.title(), a.reason(), a.status(), counterparty(s.counterparty()),
                a.terms().amount().toString(), term(a.terms().term()), a.proposedOn(), s.majority().major(),
                s.majority().reasons(), review(s.review(), s.majority().major() || a.reviewAsked()),
                approval(a.approval()), signing(a.signing()), s.allowedActions());
    }

    private static ContractPerformanceView performance(Performance p, int noticeDays) {
        Milestone next = p.nextMilestone();
        return new ContractPerformanceView(p.paid().toString(), p.unpaid().toString(),
                next == null ? null : new ContractNextMilestoneView(next.number(), next.kind(), next.title(),
                        next.dueOn(), next.statusOn(p.today())),
                p.overdueMilestones(), p.endingSoon(), p.expired(), p.flagged(), noticeDays);
    }

    private static ContractReviewView review(ReviewAnswer r, boolean required) {
        ReviewOutcome outcome = ReviewOutcome.valueOf(r.outcome());
        return new ContractReviewView(required, r.reviewId(), r.round(), outcome, r.passed(), r.submittedOn(),
                r.decidedOn());
    }

    private static ContractApprovalView approval(Approval a) {
        return a == null ? null : new ContractApprovalView(a.approvedOn(), a.approvedBy(), a.opinion());
    }

    private static ContractSigningView signing(Signing s) {
        return s == null ? null : new ContractSigningView(s.signedOn(), s.signatories(), s.signedFileId());
    }

    private static ContractCounterpartyView counterparty(DisclosedCounterparty p) {
        return new ContractCounterpartyView(p.kind(), p.name(), p.creditCode(), p.idNumber(), p.legalRepresentative(),
                p.phone(), p.address(), p.masked());
    }

    private static ContractTermView term(ContractTerm t) {
        return new ContractTermView(t.startOn(), t.endOn());
    }

    /** Money as the text it prints as; null stays null. */
    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
