package fazhi.contract.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A contract's fields as text, by name, for the audit trail (SYS-01). */
public final class ContractSnapshot {

    private ContractSnapshot() {
    }

    /** The fields an audit event compares (personal ones unmasked: {@link Contract#PERSONAL_FIELDS}). */
    public static Map<String, String> of(Contract c) {
        Map<String, String> fields = new LinkedHashMap<>();
        ContractDetails d = c.details();
        Counterparty p = d.counterparty();
        fields.put("number", c.number().toString());
        fields.put("title", d.title());
        fields.put("type", d.type().name());
        fields.put("counterparty.kind", p.kind().name());
        fields.put("counterparty.name", p.name());
        fields.put("counterparty.creditCode", text(p.creditCode()));
        fields.put("counterparty.idNumber", p.idNumber() == null ? null : p.idNumber().value());
        fields.put("counterparty.legalRepresentative", p.legalRepresentative());
        fields.put("counterparty.phone", p.phone());
        fields.put("counterparty.address", p.address());
        fields.put("amount", d.amount().toString());
        fields.put("term.startOn", d.term().startOn().toString());
        fields.put("term.endOn", d.term().endOn().toString());
        fields.put("department", d.department());
        fields.put("responsiblePerson", d.responsiblePerson());
        fields.put("procurementMethod", d.procurementMethod().name());
        fields.put("tendered", String.valueOf(d.tendered()));
        fields.put("summary", d.summary());
        fields.put("registeredOn", c.registeredOn().toString());
        fields.put("status", c.status().name());
        fields.put("reviewSubmittedOn", text(c.reviewSubmittedOn()));
        if (c.approval() != null) {
            fields.put("approval.approvedOn", c.approval().approvedOn().toString());
            fields.put("approval.approvedBy", c.approval().approvedBy());
            fields.put("approval.opinion", c.approval().opinion());
        }
        if (c.signing() != null) {
            fields.put("signing.signedOn", c.signing().signedOn().toString());
            fields.put("signing.signatories", String.join("、", c.signing().signatories()));
            fields.put("signing.signedFileId", c.signing().signedFileId());
        }
        fields.put("completedOn", text(c.completedOn()));
        if (c.termination() != null) {
            fields.put("termination.terminatedOn", c.termination().terminatedOn().toString());
            fields.put("termination.reason", c.termination().reason());
        }
        fields.put("archivedOn", text(c.archivedOn()));
        for (Milestone m : c.milestones()) {
            fields.put("milestone." + m.number(), m.kind() + " " + m.title() + " " + m.dueOn()
                    + (m.amount() == null ? "" : " " + m.amount()) + " " + m.state()
                    + (m.doneOn() == null ? "" : " " + m.doneOn())
                    + (m.waivedReason() == null ? "" : " " + m.waivedReason())
                    + (m.evidenceFiles().isEmpty() ? "" : " " + String.join(",", m.evidenceFiles())));
        }
        for (Payment pay : c.payments()) {
            fields.put("payment." + pay.number(), pay.milestoneNumber() + " " + pay.paidOn() + " " + pay.amount()
                    + (pay.voucher() == null ? "" : " " + pay.voucher()));
        }
        for (Amendment a : c.amendments()) {
            AmendmentTerms t = a.terms();
            fields.put("amendment." + a.number(), a.status() + " " + a.title() + " " + t.counterparty().name()
                    + " " + t.amount() + " " + t.term().startOn() + "~" + t.term().endOn()
                    + (a.reviewSubmittedOn() == null ? "" : " review " + a.reviewSubmittedOn())
                    + (a.approval() == null ? "" : " approved " + a.approval().approvedOn())
                    + (a.signing() == null ? "" : " signed " + a.signing().signedOn() + " "
                    + a.signing().signedFileId()));
        }
        fields.put("versions", c.versions().isEmpty() ? null : c.versions().stream()
                .map(v -> v.number() + ":" + v.terms().amount()).collect(Collectors.joining(",")));
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
