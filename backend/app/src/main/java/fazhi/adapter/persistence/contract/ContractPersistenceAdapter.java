package fazhi.adapter.persistence.contract;

import fazhi.adapter.persistence.shared.ExclusiveRows;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.contract.model.Amendment;
import fazhi.contract.model.AmendmentStatus;
import fazhi.contract.model.AmendmentTerms;
import fazhi.contract.model.Approval;
import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractNumber;
import fazhi.contract.model.ContractProgress;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractTerm;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.ContractVersion;
import fazhi.contract.model.Counterparty;
import fazhi.contract.model.CounterpartyKind;
import fazhi.contract.model.MajorContractPolicy;
import fazhi.contract.model.Milestone;
import fazhi.contract.model.MilestoneKind;
import fazhi.contract.model.MilestoneStatus;
import fazhi.contract.model.Payment;
import fazhi.contract.model.ProcurementMethod;
import fazhi.contract.model.Signing;
import fazhi.contract.model.Termination;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.out.ContractRepository;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Money;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.ResidentIdNumber;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ContractPersistenceAdapter implements ContractRepository, Listings {

    /** API sort fields and how they order the ledger: each column, then the number (unique in a township). */
    static final Map<String, Order> SORTS = Map.of(
            "number", Order.unique("ix_contracts_list_number", "contract_year", "contract_seq"),
            "endOn", Order.unique("ix_contracts_list_end", "end_on", "contract_year", "contract_seq"),
            "amount", Order.unique("ix_contracts_list_amount", "amount", "contract_year", "contract_seq"));
    /** CON-01's types, as stored. */
    static final List<String> MAJOR_TYPES = MajorContractPolicy.MAJOR_TYPES.stream().map(Enum::name).sorted()
            .toList();

    private final Contracts contracts;

    public ContractPersistenceAdapter(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public Optional<Contract> find(TownshipCode township, String id) {
        return contracts.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(ContractPersistenceAdapter::toDomain);
    }

    @Override
    public Contract save(Contract c, Stamp stamp) {
        ContractEntity entity = contracts.findByIdOptional(c.id()).orElseGet(() -> {
            ContractEntity created = new ContractEntity();
            created.id = c.id();
            created.township = c.township().value();
            return created;
        });
        write(c, entity);
        entity.stamp(stamp);
        contracts.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        contracts.flush();
        return toDomain(entity);
    }

    /**
     * Takes the next number in one upsert, which creates the counter row on first use or raises it, and holds the
     * row's exclusive lock until the transaction ends ({@link ExclusiveRows}): two registrations at once take
     * different numbers, and a rolled-back one gives its number back.
     */
    @Override
    public int nextNumber(TownshipCode township, int year) {
        EntityManager em = contracts.getEntityManager();
        ExclusiveRows.createOrUpdate(em, "contract_counter", ExclusiveRows.columns("township", township.value(),
                "counter_year", year, "last_number", 1), "last_number = last_number + 1");
        Number last = (Number) em.createNativeQuery("""
                        SELECT last_number FROM contract_counter
                         WHERE township = ?1 AND counter_year = ?2 FOR UPDATE""")
                .setParameter(1, township.value()).setParameter(2, year).getSingleResult();
        return last.intValue();
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("contracts", ContractQuery.class, ContractQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page, today,
                        ContractSettings.DEFAULTS)));
    }

    @Override
    public Page<Contract> search(TownshipCode township, ContractQuery query, PageRequest page, LocalDate today,
                                 ContractSettings settings) {
        return listQuery(township, query, page, today, settings).fetch(contracts.getEntityManager(),
                ContractEntity.class, e -> e.id, page).map(ContractPersistenceAdapter::toDomain);
    }

    /**
     * The ledger's SQL ({@link ListQuery}): each sort has its index (township, sort column, number, then the
     * filter columns, so that a filtered page is read from the index alone). The ledger of a township stays small
     * (tens of contracts a year), so its text looks anywhere in the number, title and counterparty's name.
     */
    ListQuery listQuery(TownshipCode township, ContractQuery query, PageRequest page, LocalDate today,
                        ContractSettings settings) {
        ListQuery list = ListQuery.of("contracts", township.value());
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.type() != null) {
            list.where("contract_type = ?", query.type().name());
        }
        if (query.major() != null) {
            String types = String.join(", ", MAJOR_TYPES.stream().map(t -> "'" + t + "'").toList());
            // CON-01 with the threshold as the township has it now
            list.where(query.major() ? "(amount >= ? OR contract_type IN (" + types + "))"
                    : "(amount < ? AND contract_type NOT IN (" + types + "))", settings.majorThreshold().amount());
        }
        if (query.year() != null) {
            list.where("contract_year = ?", query.year());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "contract_number", "title", "counterparty_name");
        }
        if (query.endingWithinDays() != null) {
            list.where("status = ?", ContractStatus.PERFORMING.name())
                    .where("end_on >= ? AND end_on <= ?", today, today.plusDays(query.endingWithinDays()));
        }
        if (query.overdue() != null) {
            String overdue = "(status = 'PERFORMING' AND (end_on < ? OR (next_milestone_due_on IS NOT NULL"
                    + " AND next_milestone_due_on < ?)))";
            list.where(query.overdue() ? overdue : "NOT " + overdue, today, today);
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    @Override
    public List<Contract> withDeadlinesDueBy(TownshipCode township, LocalDate endingBy, LocalDate milestonesDueBy) {
        return contracts.getEntityManager().createQuery("""
                        select c from ContractEntity c
                         where c.township = :township and c.status = :performing
                           and (c.endOn <= :endingBy or c.nextMilestoneDueOn <= :dueBy)
                         order by c.contractYear, c.contractSeq""", ContractEntity.class)
                .setParameter("township", township.value())
                .setParameter("performing", ContractStatus.PERFORMING.name())
                .setParameter("endingBy", endingBy).setParameter("dueBy", milestonesDueBy)
                // a list, not a stream: the collections are fetched (by subselect) while the contracts are mapped
                .getResultList().stream().map(ContractPersistenceAdapter::toDomain).toList();
    }

    // ---- mapping ----

    private static void write(Contract c, ContractEntity e) {
        ContractDetails d = c.details();
        e.contractNumber = c.number().toString();
        e.contractYear = c.number().year();
        e.contractSeq = c.number().sequence();
        e.title = d.title();
        e.type = d.type().name();
        write(d.counterparty(), e.counterparty);
        e.amount = d.amount().amount();
        e.startOn = d.term().startOn();
        e.endOn = d.term().endOn();
        e.department = d.department();
        e.responsiblePerson = d.responsiblePerson();
        e.procurementMethod = d.procurementMethod().name();
        e.tendered = d.tendered();
        e.summary = d.summary();
        e.registeredOn = c.registeredOn();
        e.status = c.status().name();
        e.reviewSubmittedOn = c.reviewSubmittedOn();
        Approval approval = c.approval();
        e.approvedOn = approval == null ? null : approval.approvedOn();
        e.approvedBy = approval == null ? null : approval.approvedBy();
        e.approvalOpinion = approval == null ? null : approval.opinion();
        Signing signing = c.signing();
        e.signedOn = signing == null ? null : signing.signedOn();
        e.signatories = signing == null ? null : signing.signatories();
        e.signedFileId = signing == null ? null : signing.signedFileId();
        e.completedOn = c.completedOn();
        Termination termination = c.termination();
        e.terminatedOn = termination == null ? null : termination.terminatedOn();
        e.terminationReason = termination == null ? null : termination.reason();
        e.terminatedBy = termination == null ? null : termination.terminatedBy();
        e.archivedOn = c.archivedOn();
        e.nextMilestoneDueOn = c.nextMilestoneDueOn();
        e.fileRefs = c.filesPointedTo();
        e.milestones.clear();
        c.milestones().forEach(m -> e.milestones.add(columns(m)));
        e.payments.clear();
        c.payments().forEach(p -> e.payments.add(columns(p)));
        e.amendments.clear();
        c.amendments().forEach(a -> e.amendments.add(columns(a)));
        e.versions.clear();
        c.versions().forEach(v -> e.versions.add(columns(v)));
    }

    private static void write(Counterparty p, CounterpartyColumns columns) {
        columns.kind = p.kind().name();
        columns.name = p.name();
        columns.creditCode = p.creditCode() == null ? null : p.creditCode().value();
        columns.idNumber = p.idNumber() == null ? null : p.idNumber().value();
        columns.legalRepresentative = p.legalRepresentative();
        columns.phone = p.phone();
        columns.address = p.address();
    }

    private static MilestoneColumns columns(Milestone m) {
        MilestoneColumns columns = new MilestoneColumns();
        columns.number = m.number();
        columns.kind = m.kind().name();
        columns.title = m.title();
        columns.dueOn = m.dueOn();
        columns.amount = amount(m.amount());
        columns.state = m.state().name();
        columns.doneOn = m.doneOn();
        columns.note = m.note();
        columns.waivedReason = m.waivedReason();
        columns.evidenceFiles = m.evidenceFiles();
        return columns;
    }

    private static PaymentColumns columns(Payment p) {
        PaymentColumns columns = new PaymentColumns();
        columns.number = p.number();
        columns.milestoneNumber = p.milestoneNumber();
        columns.paidOn = p.paidOn();
        columns.amount = p.amount().amount();
        columns.voucher = p.voucher();
        columns.recordedBy = p.recordedBy();
        return columns;
    }

    private static AmendmentColumns columns(Amendment a) {
        AmendmentColumns columns = new AmendmentColumns();
        columns.number = a.number();
        columns.title = a.title();
        columns.reason = a.reason();
        columns.status = a.status().name();
        columns.proposedOn = a.proposedOn();
        write(a.terms().counterparty(), columns.counterparty);
        columns.amount = a.terms().amount().amount();
        columns.startOn = a.terms().term().startOn();
        columns.endOn = a.terms().term().endOn();
        columns.reviewSubmittedOn = a.reviewSubmittedOn();
        columns.approvedOn = a.approval() == null ? null : a.approval().approvedOn();
        columns.approvedBy = a.approval() == null ? null : a.approval().approvedBy();
        columns.approvalOpinion = a.approval() == null ? null : a.approval().opinion();
        columns.signedOn = a.signing() == null ? null : a.signing().signedOn();
        columns.signatories = a.signing() == null ? null : a.signing().signatories();
        columns.signedFileId = a.signing() == null ? null : a.signing().signedFileId();
        return columns;
    }

    private static VersionColumns columns(ContractVersion v) {
        VersionColumns columns = new VersionColumns();
        columns.number = v.number();
        columns.amendmentNumber = v.amendmentNumber();
        write(v.terms().counterparty(), columns.counterparty);
        columns.amount = v.terms().amount().amount();
        columns.startOn = v.terms().term().startOn();
        columns.endOn = v.terms().term().endOn();
        columns.effectiveOn = v.effectiveOn();
        return columns;
    }

    private static Contract toDomain(ContractEntity e) {
        ContractDetails details = new ContractDetails(e.title, ContractType.valueOf(e.type),
                counterparty(e.counterparty), new Money(e.amount), new ContractTerm(e.startOn, e.endOn), e.department,
                e.responsiblePerson, ProcurementMethod.valueOf(e.procurementMethod), e.tendered, e.summary);
        Approval approval = e.approvedOn == null ? null : new Approval(e.approvedOn, e.approvedBy, e.approvalOpinion);
        Signing signing = e.signedOn == null ? null : new Signing(e.signedOn, e.signatories, e.signedFileId);
        Termination termination = e.terminatedOn == null ? null
                : new Termination(e.terminatedOn, e.terminationReason, e.terminatedBy);
        List<Milestone> milestones = e.milestones.stream().map(m -> new Milestone(m.number,
                MilestoneKind.valueOf(m.kind), m.title, m.dueOn, money(m.amount), MilestoneStatus.valueOf(m.state),
                m.doneOn, m.note, m.waivedReason, m.evidenceFiles)).toList();
        List<Payment> payments = e.payments.stream().map(p -> new Payment(p.number, p.milestoneNumber, p.paidOn,
                new Money(p.amount), p.voucher, p.recordedBy)).toList();
        List<Amendment> amendments = e.amendments.stream().map(a -> new Amendment(a.number, a.title, a.reason,
                new AmendmentTerms(counterparty(a.counterparty), new Money(a.amount),
                        new ContractTerm(a.startOn, a.endOn)),
                AmendmentStatus.valueOf(a.status), a.proposedOn, a.reviewSubmittedOn,
                a.approvedOn == null ? null : new Approval(a.approvedOn, a.approvedBy, a.approvalOpinion),
                a.signedOn == null ? null : new Signing(a.signedOn, a.signatories, a.signedFileId))).toList();
        List<ContractVersion> versions = e.versions.stream().map(v -> new ContractVersion(v.number,
                v.amendmentNumber, new AmendmentTerms(counterparty(v.counterparty), new Money(v.amount),
                new ContractTerm(v.startOn, v.endOn)), v.effectiveOn)).toList();
        return new Contract(e.id, TownshipCode.of(e.township),
                new ContractNumber(prefix(e.contractNumber), e.contractYear, e.contractSeq), details, e.registeredOn,
                ContractStatus.valueOf(e.status),
                new ContractProgress(e.reviewSubmittedOn, approval, signing, e.completedOn, termination,
                        e.archivedOn, milestones, payments, amendments, versions),
                e.version, e.created(), e.updated());
    }

    private static Counterparty counterparty(CounterpartyColumns c) {
        return new Counterparty(CounterpartyKind.valueOf(c.kind), c.name,
                c.creditCode == null ? null : new CreditCode(c.creditCode),
                c.idNumber == null ? null : new ResidentIdNumber(c.idNumber), c.legalRepresentative, c.phone,
                c.address);
    }

    /** The township part of a stored number: what comes before 合〔. */
    private static String prefix(String number) {
        return number.substring(0, number.indexOf("合〔"));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }

    @ApplicationScoped
    static class Contracts implements PanacheRepositoryBase<ContractEntity, String> {
    }
}
