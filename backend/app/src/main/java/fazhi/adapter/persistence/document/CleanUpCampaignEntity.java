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

/** A clean-up campaign with its decisions (see changeset 007). */
@Entity
@Table(name = "normative_document_clean_ups")
public class CleanUpCampaignEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    @BatchSize(size = 50)
    public List<CleanUpDecisionEntity> decisions = new ArrayList<>();
}
