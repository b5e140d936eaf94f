package fazhi.adapter.persistence.contract;

import fazhi.adapter.persistence.shared.IdListConverter;
import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One contract with the columns of each step, and its milestones, payments, amendments and versions. */
@Entity
@Table(name = "contracts")
public class ContractEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "contract_number", nullable = false, length = 60)
    public String contractNumber;

    @Column(name = "contract_year", nullable = false)
    public int contractYear;

    @Column(name = "contract_seq", nullable = false)
    public int contractSeq;

    @Column(nullable = false, length = 150)
    public String title;

    @Column(name = "contract_type", nullable = false, length = 16)
    public String type;

    @Embedded
    public CounterpartyColumns counterparty = new CounterpartyColumns();

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    public LocalDate endOn;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "responsible_person", nullable = false, length = 50)
    public String responsiblePerson;

    @Column(name = "procurement_method", nullable = false, length = 32)
    public String procurementMethod;

    @Column(nullable = false)
    public boolean tendered;

    @Column(columnDefinition = "TEXT")
    public String summary;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "review_submitted_on")
    public LocalDate reviewSubmittedOn;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_by", length = 100)
    public String approvedBy;

    @Column(name = "approval_opinion", length = 500)
    public String approvalOpinion;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Convert(converter = LinesConverter.class)
    @Column(columnDefinition = "TEXT")
    public List<String> signatories;

    @Column(name = "signed_file_id", length = 36)
    public String signedFileId;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    @Column(name = "termination_reason", length = 500)
    public String terminationReason;

    @Column(name = "terminated_by", length = 100)
    public String terminatedBy;

    @Column(name = "archived_on")
    public LocalDate archivedOn;

    /** CON-03: the earliest pending milestone of a contract in performance, for the radar and the list. */
    @Column(name = "next_milestone_due_on")
    public LocalDate nextMilestoneDueOn;

    /** The files the contract points to, which stay while it does. */
    @Convert(converter = IdListConverter.class)
    @Column(name = "file_refs", columnDefinition = "TEXT")
    public List<String> fileRefs;

    @ElementCollection
    @CollectionTable(name = "contract_milestones", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<MilestoneColumns> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_payments", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<PaymentColumns> payments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_amendments", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<AmendmentColumns> amendments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_versions", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<VersionColumns> versions = new ArrayList<>();
}
