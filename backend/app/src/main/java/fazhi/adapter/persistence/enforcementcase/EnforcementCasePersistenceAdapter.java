package fazhi.adapter.persistence.enforcementcase;

import fazhi.adapter.persistence.shared.ExclusiveRows;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.adapter.persistence.shared.PersonalDataCipher;
import fazhi.enforcement.model.CaseDeadlines;
import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.CaseNumber;
import fazhi.enforcement.model.CaseProgress;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.DeadlineKind;
import fazhi.enforcement.model.DecisionNumber;
import fazhi.enforcement.model.Delivery;
import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Execution;
import fazhi.enforcement.model.Extension;
import fazhi.enforcement.model.Hearing;
import fazhi.enforcement.model.Investigation;
import fazhi.enforcement.model.LegalReviewRequest;
import fazhi.enforcement.model.Notice;
import fazhi.enforcement.model.NumberKind;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.PartyKind;
import fazhi.enforcement.model.PenaltyDecision;
import fazhi.enforcement.model.Procedure;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.model.Publication;
import fazhi.enforcement.model.Revocation;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.out.EnforcementCaseRepository;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Money;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.ResidentIdNumber;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class EnforcementCasePersistenceAdapter implements EnforcementCaseRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "filedOn", Order.unique("ix_enforcement_case_list_filed", "filed_on", "case_year", "case_seq"),
            "caseNumber", Order.unique("ix_enforcement_case_list_number", "case_year", "case_seq"),
            "decisionDueOn", Order.unique("ix_enforcement_case_list_decision_due", "decision_due_on", "case_year",
                    "case_seq"),
            "violationDate", Order.unique("ix_enforcement_case_list_violation", "violation_date", "case_year",
                    "case_seq"));
    /** The same sorts within one year of filing (case_year): its indexes start with the year. */
    static final Map<String, Order> YEAR_SORTS = Map.of(
            "filedOn", Order.unique("ix_enforcement_case_year_filed", "case_year", "filed_on", "case_seq"),
            "caseNumber", Order.unique("ix_enforcement_case_list_number", "case_year", "case_seq"),
            "decisionDueOn", Order.unique("ix_enforcement_case_year_decision_due", "case_year", "decision_due_on",
                    "case_seq"),
            "violationDate", Order.unique("ix_enforcement_case_year_violation", "case_year", "violation_date",
                    "case_seq"));
    private static final Order LATEST_DECISIONS = Order.unique("ix_enforcement_case_public", "decided_on",
            "decision_year", "decision_seq");
    /** What counts against 首违不罚 (ENF-08): a penalty or an earlier first violation. */
    private static final List<String> COUNTING_OUTCOMES = Arrays.stream(OutcomeKind.values())
            .filter(k -> k.isPenalty() || k == OutcomeKind.NO_PENALTY_FIRST_VIOLATION).map(Enum::name).toList();

    private final Cases cases;
    private final PersonalDataCipher cipher;

    public EnforcementCasePersistenceAdapter(Cases cases, PersonalDataCipher cipher) {
        this.cases = cases;
        this.cipher = cipher;
    }

    @Override
    public Optional<EnforcementCase> find(TownshipCode township, String id) {
        return cases.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(EnforcementCasePersistenceAdapter::toDomain);
    }

    @Override
    public EnforcementCase save(EnforcementCase c, Stamp stamp) {
        EnforcementCaseEntity entity = cases.findByIdOptional(c.id()).orElseGet(() -> {
            EnforcementCaseEntity created = new EnforcementCaseEntity();
            created.id = c.id();
            created.township = c.township().value();
            return created;
        });
        write(c, entity);
        entity.stamp(stamp);
        cases.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        cases.flush();
        return toDomain(entity);
    }

    /**
     * Takes the next number in one upsert, which creates the counter row on first use or raises it, and holds
     * the row's exclusive lock until the transaction ends ({@link ExclusiveRows}): two filings or decisions at
     * once take different numbers, and a rolled-back one gives its number back, so the numbers stay gap-free.
     */
    @Override
    public int nextNumber(TownshipCode township, NumberKind kind, int year) {
        EntityManager em = cases.getEntityManager();
        ExclusiveRows.createOrUpdate(em, "enforcement_case_counter", ExclusiveRows.columns("township",
                township.value(), "kind", kind.name(), "counter_year", year, "last_number", 1),
                "last_number = last_number + 1");
        Number last = (Number) em.createNativeQuery("""
                        SELECT last_number FROM enforcement_case_counter
                         WHERE township = ?1 AND kind = ?2 AND counter_year = ?3 FOR UPDATE""")
                .setParameter(1, township.value()).setParameter(2, kind.name()).setParameter(3, year)
                .getSingleResult();
        return last.intValue();
    }

    @Override
    public List<EarlierViolation> earlierViolations(TownshipCode township, String partyIdentifier,
                                                    LocalDate violationBefore, String exceptCaseId) {
        return cases.find("""
                                township = :township and partyFingerprint = :fingerprint
                                and violationDate < :before and id <> :except and status <> :revoked
                                and outcomeKind in :outcomes""",
                        Sort.by("violationDate").and("caseYear").and("caseSeq"),
                        Parameters.with("township", township.value())
                                .and("fingerprint", cipher.fingerprint(partyIdentifier))
                                .and("before", violationBefore)
                                .and("except", exceptCaseId == null ? "" : exceptCaseId)
                                .and("revoked", CaseStatus.REVOKED.name())
                                .and("outcomes", COUNTING_OUTCOMES))
                .list().stream()
                .map(e -> new EarlierViolation(e.id, new CaseNumber(prefix(e.caseNumber), e.caseYear, e.caseSeq),
                        e.violationDate, OutcomeKind.valueOf(e.outcomeKind), e.decidedOn))
                .toList();
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("enforcement cases", EnforcementCaseQuery.class, EnforcementCaseQuery.SORTABLE,
                        this::listQuery),
                new Listing<>("public penalty decisions", Integer.class, Set.of("decidedOn"),
                        (township, year, page, today) -> publishedQuery(township, year)));
    }

    @Override
    public Page<EnforcementCase> search(TownshipCode township, EnforcementCaseQuery query, PageRequest page,
                                        LocalDate today) {
        return listQuery(township, query, page, today).fetch(cases.getEntityManager(), EnforcementCaseEntity.class,
                e -> e.id, page).map(EnforcementCasePersistenceAdapter::toDomain);
    }

    /**
     * The list's SQL ({@link ListQuery}): each sort has its index (township, sort column, case number, then the
     * filter columns, so that a filtered page is read from the index alone); the text is a prefix of the party's
     * name, the case number or the decision number, each with an index of its own.
     */
    ListQuery listQuery(TownshipCode township, EnforcementCaseQuery query, PageRequest page, LocalDate today) {
        ListQuery list = ListQuery.of("enforcement_case", township.value());
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.field() != null) {
            list.where("field = ?", query.field().name());
        }
        if (query.procedure() != null) {
            list.where("case_procedure = ?", query.procedure().name());
        }
        if (query.year() != null) {
            // the case number's year is the year of filing
            list.where("case_year = ?", query.year());
        }
        if (query.outcome() != null) {
            list.where("outcome_kind = ?", query.outcome().name());
        }
        if (query.text() != null) {
            String prefix = ListQuery.escapeLike(query.text()) + "%";
            list.where("(party_name LIKE ? OR case_number LIKE ? OR decision_number LIKE ?)", prefix, prefix,
                    prefix).narrowed();
        }
        if (query.dueWithinDays() != null) {
            LocalDate horizon = today.plusDays(query.dueWithinDays());
            list.where("(decision_due_on <= ? OR delivery_due_on <= ? OR payment_due_on <= ?"
                    + " OR (hearing_window_ends_on >= ? AND hearing_window_ends_on <= ?))", horizon, horizon,
                    horizon, today, horizon).narrowed();
        }
        return list.orderBy((query.year() != null ? YEAR_SORTS : SORTS).get(page.sortField()), page.ascending());
    }

    @Override
    public List<EnforcementCase> withDeadlinesDueBy(TownshipCode township, LocalDate dueBy) {
        // the officers with the cases in one statement: a township may have thousands of open cases
        return cases.getEntityManager().createQuery("""
                        select distinct c from EnforcementCaseEntity c left join fetch c.officerIds
                         where c.township = :township and (c.decisionDueOn <= :dueBy
                            or c.hearingWindowEndsOn <= :dueBy or c.deliveryDueOn <= :dueBy
                            or c.paymentDueOn <= :dueBy)
                         order by c.caseYear, c.caseSeq""", EnforcementCaseEntity.class)
                .setParameter("township", township.value()).setParameter("dueBy", dueBy)
                .getResultStream().map(EnforcementCasePersistenceAdapter::toDomain).toList();
    }

    @Override
    public Page<EnforcementCase> published(TownshipCode township, Integer year, PageRequest page) {
        return publishedQuery(township, year).fetch(cases.getEntityManager(), EnforcementCaseEntity.class,
                e -> e.id, page).map(EnforcementCasePersistenceAdapter::toDomain);
    }

    /** The public list: published and not withdrawn (ENF-13), the latest decisions first. */
    ListQuery publishedQuery(TownshipCode township, Integer year) {
        ListQuery list = ListQuery.of("enforcement_case", township.value())
                .where("published_on IS NOT NULL").where("withdrawn_on IS NULL");
        if (year != null) {
            list.where("decided_on >= ? AND decided_on < ?", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        return list.orderBy(LATEST_DECISIONS, false);
    }

    // ---- mapping ----

    private void write(EnforcementCase c, EnforcementCaseEntity e) {
        CaseDetails details = c.details();
        Party party = details.party();
        e.caseNumber = c.caseNumber().toString();
        e.caseYear = c.caseNumber().year();
        e.caseSeq = c.caseNumber().sequence();
        e.field = details.field().name();
        e.procedure = details.procedure().name();
        e.status = c.status().name();
        e.partyKind = party.kind().name();
        e.partyName = party.name();
        e.partyIdNumber = party.idNumber() == null ? null : party.idNumber().value();
        e.partyCreditCode = party.creditCode() == null ? null : party.creditCode().value();
        e.partyLegalRepresentative = party.legalRepresentative();
        e.partyPhone = party.phone();
        e.partyAddress = party.address();
        e.partyFingerprint = cipher.fingerprint(party.identifier());
        e.facts = details.facts();
        e.place = details.place();
        e.violationDate = details.violationDate();
        e.discoveredOn = details.discoveredOn();
        e.harmsLifeHealthOrProperty = details.harmsLifeHealthOrProperty();
        e.major = details.major();
        if (!e.officerIds.equals(details.officerIds())) {
            e.officerIds.clear();
            e.officerIds.addAll(details.officerIds());
        }
        e.filedOn = c.filedOn();
        Investigation investigation = c.investigation();
        e.investigationStartedOn = investigation == null ? null : investigation.startedOn();
        e.investigationSummary = investigation == null ? null : investigation.summary();
        Notice notice = c.notice();
        e.notifiedOn = notice == null ? null : notice.notifiedOn();
        e.noticeOutcomeKind = notice == null ? null : notice.intendedOutcome().kind().name();
        e.noticeFineAmount = notice == null ? null : amount(notice.intendedOutcome().fineAmount());
        e.noticeMeasure = notice == null ? null : notice.intendedOutcome().measure();
        e.hearingOffered = notice == null ? null : notice.hearingOffered();
        e.statementAndDefenceNotified = notice == null ? null : notice.statementAndDefenceNotified();
        e.noticeMethod = notice == null ? null : notice.method();
        Hearing hearing = c.hearing();
        e.hearingWaivedOn = hearing.waivedOn();
        e.hearingRequestedOn = hearing.requestedOn();
        e.hearingHeldOn = hearing.heldOn();
        e.hearingSummary = hearing.summary();
        LegalReviewRequest review = c.legalReview();
        e.legalReviewId = review == null ? null : review.reviewId();
        e.legalReviewRequestedOn = review == null ? null : review.requestedOn();
        e.legalReviewReviewer = review == null ? null : review.reviewer();
        Extension extension = c.extension();
        e.extensionReason = extension == null ? null : extension.reason();
        e.extensionUntil = extension == null ? null : extension.until();
        e.extensionApprovedBy = extension == null ? null : extension.approvedBy();
        e.extensionApprovedOn = extension == null ? null : extension.approvedOn();
        PenaltyDecision decision = c.decision();
        DecisionNumber number = decision == null ? null : decision.number();
        e.decisionNumber = number == null ? null : number.toString();
        e.decisionYear = number == null ? null : number.year();
        e.decisionSeq = number == null ? null : number.sequence();
        Outcome outcome = decision == null ? null : decision.outcome();
        e.outcomeKind = outcome == null ? null : outcome.kind().name();
        e.fineAmount = outcome == null ? null : amount(outcome.fineAmount());
        e.outcomeMeasure = outcome == null ? null : outcome.measure();
        e.outcomeEducation = outcome == null ? null : outcome.educationGiven();
        e.outcomeReason = outcome == null ? null : outcome.reason();
        e.decidedOn = decision == null ? null : decision.decidedOn();
        e.partyPresent = decision == null ? null : decision.partyPresent();
        Delivery delivery = c.delivery();
        e.deliveredOn = delivery == null ? null : delivery.deliveredOn();
        e.deliveryMethod = delivery == null ? null : delivery.method();
        e.deliveryLateReason = delivery == null ? null : delivery.lateReason();
        Execution execution = c.execution();
        e.executedOn = execution == null ? null : execution.executedOn();
        e.amountPaid = execution == null ? null : amount(execution.amountPaid());
        e.surcharge = execution == null ? null : amount(execution.surcharge());
        ProcessRecord record = c.processRecord();
        e.recorderFootageRef = record.recorderFootageRef();
        e.recorderFootageFile = record.recorderFootageFile();
        e.documentsComplete = record.documentsComplete();
        e.processDocumentFiles = record.documentFiles();
        e.certificatesShown = record.certificatesShown();
        e.uniformWorn = record.uniformWorn();
        e.closedOn = c.closedOn();
        Publication publication = c.publication();
        e.publishedOn = publication == null ? null : publication.publishedOn();
        e.withdrawnOn = publication == null ? null : publication.withdrawnOn();
        Revocation revocation = c.revocation();
        e.revokedOn = revocation == null ? null : revocation.revokedOn();
        e.revocationReason = revocation == null ? null : revocation.reason();
        e.revokedBy = revocation == null ? null : revocation.revokedBy();
        Map<DeadlineKind, LocalDate> due = CaseDeadlines.pendingDueDates(c);
        e.decisionDueOn = due.get(DeadlineKind.DECISION);
        e.hearingWindowEndsOn = due.get(DeadlineKind.HEARING_WINDOW);
        e.deliveryDueOn = due.get(DeadlineKind.DELIVERY);
        e.paymentDueOn = due.get(DeadlineKind.PAYMENT);
    }

    private static EnforcementCase toDomain(EnforcementCaseEntity e) {
        PartyKind kind = PartyKind.valueOf(e.partyKind);
        Party party = new Party(kind, e.partyName,
                e.partyIdNumber == null ? null : new ResidentIdNumber(e.partyIdNumber),
                e.partyCreditCode == null ? null : new CreditCode(e.partyCreditCode), e.partyLegalRepresentative,
                e.partyPhone, e.partyAddress);
        CaseDetails details = new CaseDetails(EnforcementField.valueOf(e.field), Procedure.valueOf(e.procedure),
                party, e.facts, e.place, e.violationDate, e.discoveredOn, e.harmsLifeHealthOrProperty, e.major,
                List.copyOf(e.officerIds));
        Investigation investigation = e.investigationStartedOn == null ? null
                : new Investigation(e.investigationStartedOn, e.investigationSummary);
        Notice notice = e.notifiedOn == null ? null : new Notice(e.notifiedOn,
                Outcome.of("intendedOutcome", OutcomeKind.valueOf(e.noticeOutcomeKind), money(e.noticeFineAmount),
                        e.noticeMeasure, null, null),
                Boolean.TRUE.equals(e.hearingOffered), Boolean.TRUE.equals(e.statementAndDefenceNotified),
                e.noticeMethod);
        Hearing hearing = new Hearing(e.hearingWaivedOn, e.hearingRequestedOn, e.hearingHeldOn, e.hearingSummary);
        LegalReviewRequest review = e.legalReviewRequestedOn == null ? null
                : new LegalReviewRequest(e.legalReviewId, e.legalReviewRequestedOn, e.legalReviewReviewer);
        Extension extension = e.extensionUntil == null ? null
                : new Extension(e.extensionReason, e.extensionUntil, e.extensionApprovedBy, e.extensionApprovedOn);
        PenaltyDecision decision = e.decidedOn == null ? null : new PenaltyDecision(
                e.decisionNumber == null ? null : new DecisionNumber(prefix(e.decisionNumber), e.decisionYear,
                        e.decisionSeq),
                Outcome.of("outcome", OutcomeKind.valueOf(e.outcomeKind), money(e.fineAmount), e.outcomeMeasure,
                        e.outcomeEducation, e.outcomeReason),
                e.decidedOn, Boolean.TRUE.equals(e.partyPresent));
        Delivery delivery = e.deliveredOn == null ? null
                : new Delivery(e.deliveredOn, e.deliveryMethod, e.deliveryLateReason);
        Execution execution = e.executedOn == null ? null
                : new Execution(e.executedOn, money(e.amountPaid), money(e.surcharge));
        ProcessRecord record = new ProcessRecord(e.recorderFootageRef, e.recorderFootageFile, e.documentsComplete,
                e.processDocumentFiles, e.certificatesShown, e.uniformWorn);
        Publication publication = e.publishedOn == null ? null : new Publication(e.publishedOn, e.withdrawnOn);
        Revocation revocation = e.revokedOn == null ? null
                : new Revocation(e.revokedOn, e.revocationReason, e.revokedBy);
        return new EnforcementCase(e.id, TownshipCode.of(e.township),
                new CaseNumber(prefix(e.caseNumber), e.caseYear, e.caseSeq), details, e.filedOn,
                CaseStatus.valueOf(e.status), new CaseProgress(investigation, notice, hearing, review, extension,
                        decision, delivery, execution, record, e.closedOn, publication, revocation),
                e.version, e.created(), e.updated());
    }

    /** The township part of a stored number: what comes before 执立〔 or 罚决字〔. */
    private static String prefix(String number) {
        int end = number.indexOf(number.contains("罚决字〔") ? "罚决字〔" : "执立〔");
        return number.substring(0, end);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }

    @ApplicationScoped
    static class Cases implements PanacheRepositoryBase<EnforcementCaseEntity, String> {
    }
}
