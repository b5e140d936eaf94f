package fazhi.testing;

import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.CaseNumber;
import fazhi.enforcement.model.CaseProgress;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.DecisionNumber;
import fazhi.enforcement.model.Delivery;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Execution;
import fazhi.enforcement.model.Extension;
import fazhi.enforcement.model.Hearing;
import fazhi.enforcement.model.Investigation;
import fazhi.enforcement.model.LegalReviewRequest;
import fazhi.enforcement.model.Notice;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.PenaltyDecision;
import fazhi.enforcement.model.Procedure;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.model.Publication;
import fazhi.enforcement.model.Revocation;
import fazhi.shared.model.Money;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as already stored, at version 3: an ordinary road-traffic case of Jinhe against 张三, violated on
 * 2025-05-01, discovered 2025-05-02, filed 2025-05-05 by officer-1 and officer-2, numbered 锦和执立〔2025〕第1号.
 * Each step method moves it on to that step, as if it had happened.
 */
public final class EnforcementCaseBuilder {

    public static final LocalDate VIOLATED = LocalDate.of(2025, 5, 1);
    public static final LocalDate DISCOVERED = LocalDate.of(2025, 5, 2);
    public static final LocalDate FILED = LocalDate.of(2025, 5, 5);
    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-05-05T01:00:00Z"), "officer.user");

    private String id = "case-1";
    private TownshipCode township = TestTownships.JINHE;
    private int caseSequence = 1;
    private EnforcementField field = EnforcementField.ROAD_TRAFFIC_SAFETY;
    private Procedure procedure = Procedure.ORDINARY;
    private Party party = PartyBuilder.anIndividual().build();
    private String facts = "驾驶未经登记的机动车上道路行驶";
    private LocalDate violationDate = VIOLATED;
    private LocalDate discoveredOn = DISCOVERED;
    private boolean harms;
    private boolean major;
    private List<String> officerIds = List.of("officer-1", "officer-2");
    private LocalDate filedOn = FILED;
    private CaseStatus status = CaseStatus.FILED;
    private Investigation investigation;
    private Notice notice;
    private Hearing hearing = Hearing.none();
    private LegalReviewRequest legalReview;
    private Extension extension;
    private Outcome outcome;
    private LocalDate decidedOn;
    private boolean partyPresent;
    private int decisionSequence = 1;
    private Delivery delivery;
    private Execution execution;
    private ProcessRecord processRecord = ProcessRecord.empty();
    private LocalDate closedOn;
    private Publication publication;
    private Revocation revocation;
    private long version = 3;

    private EnforcementCaseBuilder() {
    }

    public static EnforcementCaseBuilder aCase() {
        return new EnforcementCaseBuilder();
    }

    public EnforcementCaseBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public EnforcementCaseBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public EnforcementCaseBuilder numbered(int sequence) {
        this.caseSequence = sequence;
        return this;
    }

    public EnforcementCaseBuilder inField(EnforcementField field) {
        this.field = field;
        return this;
    }

    public EnforcementCaseBuilder simple() {
        this.procedure = Procedure.SIMPLE;
        return this;
    }

    public EnforcementCaseBuilder against(PartyBuilder party) {
        this.party = party.build();
        return this;
    }

    public EnforcementCaseBuilder violatedOn(LocalDate date) {
        this.violationDate = date;
        return this;
    }

    public EnforcementCaseBuilder discoveredOn(LocalDate date) {
        this.discoveredOn = date;
        return this;
    }

    public EnforcementCaseBuilder harmingLifeHealthOrProperty() {
        this.harms = true;
        return this;
    }

    public EnforcementCaseBuilder major() {
        this.major = true;
        return this;
    }

    public EnforcementCaseBuilder withOfficers(String... ids) {
        this.officerIds = List.of(ids);
        return this;
    }

    public EnforcementCaseBuilder filedOn(LocalDate date) {
        this.filedOn = date;
        return this;
    }

    public EnforcementCaseBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public EnforcementCaseBuilder investigatedOn(LocalDate date) {
        this.investigation = new Investigation(date, "询问当事人，查验车辆");
        this.status = CaseStatus.INVESTIGATING;
        return this;
    }

    /** Notified of {@code intended} on {@code date}, with or without a hearing offered. */
    public EnforcementCaseBuilder notifiedOn(LocalDate date, Outcome intended, boolean hearingOffered) {
        this.notice = new Notice(date, intended, hearingOffered, true, "直接送达");
        this.status = CaseStatus.NOTIFIED;
        return this;
    }

    public EnforcementCaseBuilder notifiedOfFine(LocalDate date, String amount) {
        return notifiedOn(date, fine(amount), false);
    }

    public EnforcementCaseBuilder hearingWaivedOn(LocalDate date) {
        this.hearing = new Hearing(date, null, null, null);
        return this;
    }

    public EnforcementCaseBuilder hearingRequestedOn(LocalDate date) {
        this.hearing = new Hearing(null, date, null, null);
        this.status = CaseStatus.HEARING_REQUESTED;
        return this;
    }

    public EnforcementCaseBuilder hearingHeldOn(LocalDate date) {
        this.hearing = new Hearing(null, hearing.requestedOn() == null ? date : hearing.requestedOn(), date,
                "当事人到场陈述申辩");
        this.status = CaseStatus.HEARING_HELD;
        return this;
    }

    public EnforcementCaseBuilder legalReviewRequested(String reviewId, LocalDate on) {
        this.legalReview = new LegalReviewRequest(reviewId, on, "legal-reviewer.user");
        return this;
    }

    public EnforcementCaseBuilder extendedUntil(LocalDate until) {
        this.extension = new Extension("案情复杂，需补充鉴定", until, "leader.user", until.minusDays(30));
        return this;
    }

    /** Decided on {@code date}; a penalty takes 锦和罚决字〔year〕第n号 (n from {@link #decisionNumbered}, 1). */
    public EnforcementCaseBuilder decidedOn(LocalDate date, Outcome outcome, boolean partyPresent) {
        this.decidedOn = date;
        this.outcome = outcome;
        this.partyPresent = partyPresent;
        this.status = CaseStatus.DECIDED;
        return this;
    }

    public EnforcementCaseBuilder finedOn(LocalDate date, String amount) {
        return decidedOn(date, fine(amount), false);
    }

    public EnforcementCaseBuilder decisionNumbered(int sequence) {
        this.decisionSequence = sequence;
        return this;
    }

    public EnforcementCaseBuilder deliveredOn(LocalDate date) {
        this.delivery = new Delivery(date, "直接送达", null);
        this.status = CaseStatus.DELIVERED;
        return this;
    }

    public EnforcementCaseBuilder executedOn(LocalDate date, String amountPaid) {
        this.execution = new Execution(date, amountPaid == null ? null : Money.of(amountPaid),
                amountPaid == null ? null : Money.ZERO);
        this.status = CaseStatus.EXECUTED;
        return this;
    }

    public EnforcementCaseBuilder withCompleteProcessRecord() {
        this.processRecord = new ProcessRecord("记录仪-2025-0501-01", true, true, true);
        return this;
    }

    public EnforcementCaseBuilder with(ProcessRecord record) {
        this.processRecord = record;
        return this;
    }

    public EnforcementCaseBuilder closedOn(LocalDate date) {
        this.closedOn = date;
        this.status = CaseStatus.CLOSED;
        return this;
    }

    public EnforcementCaseBuilder publishedOn(LocalDate date) {
        this.publication = new Publication(date, null);
        return this;
    }

    public EnforcementCaseBuilder revokedOn(LocalDate date) {
        this.revocation = new Revocation(date, "事实认定错误", "leader.user");
        this.status = CaseStatus.REVOKED;
        if (publication != null) {
            this.publication = new Publication(publication.publishedOn(), date);
        }
        return this;
    }

    public static Outcome fine(String amount) {
        return new Outcome.Fine(Money.of(amount));
    }

    public static Outcome warning() {
        return new Outcome.Warning();
    }

    public static Outcome firstViolation() {
        return new Outcome.NoPenaltyFirstViolation("当场批评教育，当事人已改正");
    }

    public CaseDetails details() {
        return new CaseDetails(field, procedure, party, facts, "锦和镇S229线12公里处", violationDate, discoveredOn, harms,
                major, officerIds);
    }

    public EnforcementCase build() {
        PenaltyDecision decision = outcome == null ? null : new PenaltyDecision(
                outcome.isPenalty() ? new DecisionNumber("锦和", decidedOn.getYear(), decisionSequence) : null,
                outcome, decidedOn, partyPresent);
        return new EnforcementCase(id, township, new CaseNumber("锦和", filedOn.getYear(), caseSequence), details(),
                filedOn, status, new CaseProgress(investigation, notice, hearing, legalReview, extension, decision,
                        delivery, execution, processRecord, closedOn, publication, revocation),
                version, EARLIER, EARLIER);
    }
}
