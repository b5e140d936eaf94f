package fazhi.adapter.rest.enforcementcase;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Procedure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "EnforcementCaseView", description = "An enforcement case (行政处罚案件) with its steps, the records of "
        + "each action, the computed deadlines, the party's earlier violations (ENF-08), the actions the caller may "
        + "take now and the close checklist (ENF-09). Objects of actions not taken yet are null.",
        requiredProperties = {"id", "township", "caseNumber", "field", "procedure", "status", "party", "facts",
                "violationDate", "discoveredOn", "harmsLifeHealthOrProperty", "major", "officers", "filedOn",
                "steps", "hearing", "processRecord", "deadlines", "earlierViolations", "allowedActions",
                "closeChecklist", "hearingThreshold", "version", "createdAt", "updatedAt"})
public record EnforcementCaseView(
        @Schema(examples = "3f2b8c1d-6e4a-4b7c-9d1e-2a3b4c5d6e7f") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(description = "Assigned at filing, per township and year", examples = "锦和执立〔2025〕第3号")
        String caseNumber,
        EnforcementField field,
        Procedure procedure,
        CaseStatus status,
        CasePartyView party,
        @Schema(examples = "驾驶无牌三轮摩托车搭载乘客，未戴安全头盔。") String facts,
        @Schema(nullable = true, examples = "锦和镇S229线和平村路段") String place,
        @Schema(examples = "2025-06-03") LocalDate violationDate,
        @Schema(examples = "2025-06-03") LocalDate discoveredOn,
        @Schema(description = "ENF-12: 5-year limit instead of 2") boolean harmsLifeHealthOrProperty,
        @Schema(description = "Major or complex: the decision needs a passed legal review (ENF-07)") boolean major,
        List<CaseOfficerView> officers,
        @Schema(examples = "2025-06-04") LocalDate filedOn,
        List<CaseStepView> steps,
        @Schema(nullable = true) CaseInvestigationView investigation,
        @Schema(nullable = true) CaseNoticeView notice,
        CaseHearingView hearing,
        @Schema(nullable = true) CaseLegalReviewView legalReview,
        @Schema(nullable = true) CaseExtensionView extension,
        @Schema(nullable = true) CaseDecisionView decision,
        @Schema(nullable = true) CaseDeliveryView delivery,
        @Schema(nullable = true) CaseExecutionView execution,
        CaseProcessRecordView processRecord,
        @Schema(nullable = true) CasePublicationView publication,
        @Schema(nullable = true) CaseRevocationView revocation,
        @Schema(nullable = true, examples = "2025-07-25") LocalDate closedOn,
        CaseDeadlinesView deadlines,
        @Schema(description = "ENF-08: the party's earlier violations in the township") List<EarlierViolationView>
                earlierViolations,
        @Schema(description = "The action verbs the caller may take now (POST .../actions/{verb}); `edit` means PUT",
                examples = "[\"investigate\", \"notify\", \"decide\", \"record-process\"]") List<String> allowedActions,
        List<CaseChecklistItemView> closeChecklist,
        @Schema(description = "ENF-06: a fine from this amount (CNY) must offer this party a hearing; the township's "
                + "setting for a person or an organisation, as it stands now", examples = "10000.00")
        String hearingThreshold,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
