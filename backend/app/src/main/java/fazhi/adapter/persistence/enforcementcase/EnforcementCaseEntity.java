package fazhi.adapter.persistence.enforcementcase;

import fazhi.adapter.persistence.shared.IdListConverter;
import fazhi.adapter.persistence.shared.PersonalDataConverter;
import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One enforcement case with the columns of each step; see 012-enforcement-cases.xml. */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCaseEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "case_number", nullable = false, length = 60)
    public String caseNumber;

    @Column(name = "case_year", nullable = false)
    public int caseYear;

    @Column(name = "case_seq", nullable = false)
    public int caseSeq;

    @Column(nullable = false, length = 32)
    public String field;

    @Column(name = "case_procedure", nullable = false, length = 16)
    public String procedure;

    @Column(nullable = false, length = 24)
    public String status;

    @Column(name = "party_kind", nullable = false, length = 16)
    public String partyKind;

    @Column(name = "party_name", nullable = false, length = 100)
    public String partyName;

    /** Personal data: ciphertext in the table. */
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "party_id_number", length = 115)
    public String partyIdNumber;

    @Column(name = "party_credit_code", length = 18)
    public String partyCreditCode;

    @Column(name = "party_legal_representative", length = 50)
    public String partyLegalRepresentative;

    /** Personal data: ciphertext in the table. */
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "party_phone", length = 123)
    public String partyPhone;

    @Column(name = "party_address", length = 200)
    public String partyAddress;

    /** Keyed fingerprint of the identity number or credit code (ENF-08 lookups). */
    @Column(name = "party_fingerprint", nullable = false, length = 64)
    public String partyFingerprint;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String facts;

    @Column(length = 200)
    public String place;

    @Column(name = "violation_date", nullable = false)
    public LocalDate violationDate;

    @Column(name = "discovered_on", nullable = false)
    public LocalDate discoveredOn;

    @Column(name = "harms_life_health_or_property", nullable = false)
    public boolean harmsLifeHealthOrProperty;

    @Column(nullable = false)
    public boolean major;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enforcement_case_officer", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "officer_id", length = 36, nullable = false)
    public List<String> officerIds = new ArrayList<>();

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(name = "investigation_started_on")
    public LocalDate investigationStartedOn;

    @Column(name = "investigation_summary", columnDefinition = "TEXT")
    public String investigationSummary;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    @Column(name = "notice_outcome_kind", length = 32)
    public String noticeOutcomeKind;

    @Column(name = "notice_fine_amount", precision = 14, scale = 2)
    public BigDecimal noticeFineAmount;

    @Column(name = "notice_measure", length = 200)
    public String noticeMeasure;

    @Column(name = "hearing_offered")
    public Boolean hearingOffered;

    @Column(name = "statement_and_defence_notified")
    public Boolean statementAndDefenceNotified;

    @Column(name = "notice_method", length = 100)
    public String noticeMethod;

    @Column(name = "hearing_waived_on")
    public LocalDate hearingWaivedOn;

    @Column(name = "hearing_requested_on")
    public LocalDate hearingRequestedOn;

    @Column(name = "hearing_held_on")
    public LocalDate hearingHeldOn;

    @Column(name = "hearing_summary", columnDefinition = "TEXT")
    public String hearingSummary;

    @Column(name = "legal_review_id", length = 36)
    public String legalReviewId;

    @Column(name = "legal_review_requested_on")
    public LocalDate legalReviewRequestedOn;

    @Column(name = "legal_review_reviewer", length = 100)
    public String legalReviewReviewer;

    @Column(name = "extension_reason", length = 500)
    public String extensionReason;

    @Column(name = "extension_until")
    public LocalDate extensionUntil;

    @Column(name = "extension_approved_by", length = 100)
    public String extensionApprovedBy;

    @Column(name = "extension_approved_on")
    public LocalDate extensionApprovedOn;

    @Column(name = "decision_number", length = 60)
    public String decisionNumber;

    @Column(name = "decision_year")
    public Integer decisionYear;

    @Column(name = "decision_seq")
    public Integer decisionSeq;

    @Column(name = "outcome_kind", length = 32)
    public String outcomeKind;

    @Column(name = "fine_amount", precision = 14, scale = 2)
    public BigDecimal fineAmount;

    @Column(name = "outcome_measure", length = 200)
    public String outcomeMeasure;

    @Column(name = "outcome_education", length = 500)
    public String outcomeEducation;

    @Column(name = "outcome_reason", length = 500)
    public String outcomeReason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "party_present")
    public Boolean partyPresent;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "delivery_method", length = 100)
    public String deliveryMethod;

    @Column(name = "delivery_late_reason", length = 500)
    public String deliveryLateReason;

    @Column(name = "executed_on")
    public LocalDate executedOn;

    @Column(name = "amount_paid", precision = 14, scale = 2)
    public BigDecimal amountPaid;

    @Column(precision = 14, scale = 2)
    public BigDecimal surcharge;

    @Column(name = "recorder_footage_ref", length = 200)
    public String recorderFootageRef;

    @Column(name = "recorder_footage_file", length = 36)
    public String recorderFootageFile;

    @Column(name = "documents_complete", nullable = false)
    public boolean documentsComplete;

    @Convert(converter = IdListConverter.class)
    @Column(name = "process_document_files", length = 760)
    public List<String> processDocumentFiles = List.of();

    @Column(name = "certificates_shown", nullable = false)
    public boolean certificatesShown;

    @Column(name = "uniform_worn", nullable = false)
    public boolean uniformWorn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason", length = 500)
    public String revocationReason;

    @Column(name = "revoked_by", length = 100)
    public String revokedBy;

    @Column(name = "decision_due_on")
    public LocalDate decisionDueOn;

    @Column(name = "hearing_window_ends_on")
    public LocalDate hearingWindowEndsOn;

    @Column(name = "delivery_due_on")
    public LocalDate deliveryDueOn;

    @Column(name = "payment_due_on")
    public LocalDate paymentDueOn;
}
