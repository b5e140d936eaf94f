package fazhi.adapter.persistence.document;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "normative_document_reevaluations")
public class ReevaluationEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public NormativeDocumentEntity document;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false)
    public int seq;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Column(name = "evaluated_by", nullable = false, length = 100)
    public String evaluatedBy;

    @Column(nullable = false, length = 1000)
    public String conclusion;

    @Column(name = "previous_until", nullable = false)
    public LocalDate previousUntil;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
}
