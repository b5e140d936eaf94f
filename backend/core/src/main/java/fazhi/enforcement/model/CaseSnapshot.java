package fazhi.enforcement.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A case's fields as text, by name, for the audit trail (SYS-01). */
public final class CaseSnapshot {

    private CaseSnapshot() {
    }

    /** The fields an audit event compares, as text (personal ones unmasked: {@link EnforcementCase#PERSONAL_FIELDS}). */
    public static Map<String, String> of(EnforcementCase c) {
        Map<String, String> fields = new LinkedHashMap<>();
        Party party = c.details().party();
        fields.put("caseNumber", c.caseNumber().toString());
        fields.put("field", c.details().field().name());
        fields.put("procedure", c.details().procedure().name());
        fields.put("party.kind", party.kind().name());
        fields.put("party.name", party.name());
        fields.put("party.idNumber", party.idNumber() == null ? null : party.idNumber().value());
        fields.put("party.creditCode", party.creditCode() == null ? null : party.creditCode().value());
        fields.put("party.legalRepresentative", party.legalRepresentative());
        fields.put("party.phone", party.phone());
        fields.put("party.address", party.address());
        fields.put("facts", c.details().facts());
        fields.put("place", c.details().place());
        fields.put("violationDate", text(c.details().violationDate()));
        fields.put("discoveredOn", text(c.details().discoveredOn()));
        fields.put("harmsLifeHealthOrProperty", String.valueOf(c.details().harmsLifeHealthOrProperty()));
        fields.put("major", String.valueOf(c.details().major()));
        fields.put("officerIds", String.join(",", c.details().officerIds()));
        fields.put("filedOn", text(c.filedOn()));
        fields.put("status", c.status().name());
        if (c.investigation() != null) {
            fields.put("investigation.startedOn", text(c.investigation().startedOn()));
            fields.put("investigation.summary", c.investigation().summary());
        }
        if (c.notice() != null) {
            fields.put("notice.notifiedOn", text(c.notice().notifiedOn()));
            fields.put("notice.intendedOutcome", outcomeText(c.notice().intendedOutcome()));
            fields.put("notice.hearingOffered", String.valueOf(c.notice().hearingOffered()));
            fields.put("notice.method", c.notice().method());
        }
        fields.put("hearing.waivedOn", text(c.hearing().waivedOn()));
        fields.put("hearing.requestedOn", text(c.hearing().requestedOn()));
        fields.put("hearing.heldOn", text(c.hearing().heldOn()));
        fields.put("hearing.summary", c.hearing().summary());
        if (c.legalReview() != null) {
            fields.put("legalReview.reviewId", c.legalReview().reviewId());
            fields.put("legalReview.requestedOn", text(c.legalReview().requestedOn()));
            fields.put("legalReview.reviewer", c.legalReview().reviewer());
        }
        if (c.extension() != null) {
            fields.put("extension.until", text(c.extension().until()));
            fields.put("extension.reason", c.extension().reason());
            fields.put("extension.approvedBy", c.extension().approvedBy());
        }
        if (c.decision() != null) {
            fields.put("decision.number", c.decision().number() == null ? null : c.decision().number().toString());
            fields.put("decision.outcome", outcomeText(c.decision().outcome()));
            fields.put("decision.decidedOn", text(c.decision().decidedOn()));
            fields.put("decision.partyPresent", String.valueOf(c.decision().partyPresent()));
        }
        if (c.delivery() != null) {
            fields.put("delivery.deliveredOn", text(c.delivery().deliveredOn()));
            fields.put("delivery.method", c.delivery().method());
            fields.put("delivery.lateReason", c.delivery().lateReason());
        }
        if (c.execution() != null) {
            fields.put("execution.executedOn", text(c.execution().executedOn()));
            fields.put("execution.amountPaid", text(c.execution().amountPaid()));
            fields.put("execution.surcharge", text(c.execution().surcharge()));
        }
        fields.put("processRecord.recorderFootageRef", c.processRecord().recorderFootageRef());
        fields.put("processRecord.recorderFootageFile", c.processRecord().recorderFootageFile());
        fields.put("processRecord.documentsComplete", String.valueOf(c.processRecord().documentsComplete()));
        fields.put("processRecord.documentFiles", c.processRecord().documentFiles().isEmpty() ? null
                : String.join(",", c.processRecord().documentFiles()));
        fields.put("processRecord.certificatesShown", String.valueOf(c.processRecord().certificatesShown()));
        fields.put("processRecord.uniformWorn", String.valueOf(c.processRecord().uniformWorn()));
        fields.put("closedOn", text(c.closedOn()));
        if (c.publication() != null) {
            fields.put("publication.publishedOn", text(c.publication().publishedOn()));
            fields.put("publication.withdrawnOn", text(c.publication().withdrawnOn()));
        }
        if (c.revocation() != null) {
            fields.put("revocation.revokedOn", text(c.revocation().revokedOn()));
            fields.put("revocation.reason", c.revocation().reason());
        }
        return fields;
    }

    private static String outcomeText(Outcome outcome) {
        return outcome.fine().map(amount -> outcome.kind().name() + " " + amount).orElse(outcome.kind().name());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
