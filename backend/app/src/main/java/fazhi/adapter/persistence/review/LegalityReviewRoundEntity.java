package fazhi.adapter.persistence.review;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One round of a legality review; lists of texts are JSON arrays. */
@Entity
@Table(name = "legality_review_rounds")
public class LegalityReviewRoundEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    public LegalityReviewEntity review;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false)
    public int number;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 100)
    public String submittedBy;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String materials;

    @Column(length = 100)
    public String reviewer;

    @Column(name = "earliest_on")
    public LocalDate earliestOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false, length = 32)
    public String outcome;

    @Column(name = "required_changes", columnDefinition = "MEDIUMTEXT")
    public String requiredChanges;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String reasons;

    @Column(name = "early_reason", length = 500)
    public String earlyReason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;
}
