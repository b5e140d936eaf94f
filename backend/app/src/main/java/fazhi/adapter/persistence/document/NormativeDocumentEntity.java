package fazhi.adapter.persistence.document;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A normative document with its validity and re-evaluations (see changeset 007). */
@Entity
@Table(name = "normative_documents")
public class NormativeDocumentEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String issuer;

    @Column(nullable = false)
    public boolean provisional;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "review_submitted_on")
    public LocalDate reviewSubmittedOn;

    @Column(length = 50)
    public String number;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "evaluation_due_on")
    public LocalDate evaluationDueOn;

    @Column(name = "amended_by", length = 36)
    public String amendedBy;

    @Column(name = "amendment_note", length = 500)
    public String amendmentNote;

    @Column(name = "repealed_on")
    public LocalDate repealedOn;

    @Column(name = "repeal_reason", length = 500)
    public String repealReason;

    @Column(name = "repealed_in_clean_up", length = 36)
    public String repealedInCleanUp;

    @Column(name = "expired_on")
    public LocalDate expiredOn;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    @BatchSize(size = 50)
    public List<ReevaluationEntity> reevaluations = new ArrayList<>();
}
