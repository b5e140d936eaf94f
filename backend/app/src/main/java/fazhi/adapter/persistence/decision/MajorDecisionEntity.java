package fazhi.adapter.persistence.decision;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A major decision with its procedure steps as columns (see changeset 008). */
@Entity
@Table(name = "major_decisions")
public class MajorDecisionEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "catalogue_year", nullable = false)
    public int catalogueYear;

    @Column(name = "catalogue_number")
    public Integer catalogueNumber;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false, length = 100)
    public String sponsor;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "pp_comments_from")
    public LocalDate commentsFrom;

    @Column(name = "pp_comments_until")
    public LocalDate commentsUntil;

    @Column(name = "pp_summary", columnDefinition = "TEXT")
    public String commentsSummary;

    @Column(name = "ea_held_on")
    public LocalDate expertsHeldOn;

    /** One expert per line. */
    @Column(name = "ea_experts", columnDefinition = "TEXT")
    public String experts;

    @Column(name = "ea_conclusion", columnDefinition = "TEXT")
    public String expertsConclusion;

    @Column(name = "ra_assessed_on")
    public LocalDate riskAssessedOn;

    @Column(name = "ra_level", length = 16)
    public String riskLevel;

    @Column(name = "ra_conclusion", columnDefinition = "TEXT")
    public String riskConclusion;

    @Column(name = "review_submitted_on")
    public LocalDate reviewSubmittedOn;

    @Column(name = "cd_meeting_on")
    public LocalDate meetingOn;

    @Column(name = "cd_minutes_ref", length = 100)
    public String minutesRef;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;
}
