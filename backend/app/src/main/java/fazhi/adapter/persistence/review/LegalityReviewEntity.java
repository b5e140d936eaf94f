package fazhi.adapter.persistence.review;

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

/** A legality review with its current round's figures repeated for the lists (see changeset 006). */
@Entity
@Table(name = "legality_reviews")
public class LegalityReviewEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "subject_type", nullable = false, length = 32)
    public String subjectType;

    @Column(name = "subject_ref", nullable = false, length = 100)
    public String subjectRef;

    @Column(name = "subject_title", nullable = false, length = 200)
    public String subjectTitle;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 100)
    public String submittedBy;

    @Column(name = "current_round", nullable = false)
    public int currentRound;

    @Column(nullable = false, length = 32)
    public String status;

    @Column(length = 100)
    public String reviewer;

    @Column(name = "earliest_on")
    public LocalDate earliestOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    @BatchSize(size = 50)
    public List<LegalityReviewRoundEntity> rounds = new ArrayList<>();
}
