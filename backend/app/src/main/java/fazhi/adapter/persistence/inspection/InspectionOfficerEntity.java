package fazhi.adapter.persistence.inspection;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An officer on an inspection, with the name and certificate number shown on it. */
@Entity
@Table(name = "inspection_officer")
public class InspectionOfficerEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id", nullable = false)
    public InspectionEntity inspection;

    @Column(name = "officer_id", nullable = false, length = 36)
    public String officerId;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "position", nullable = false)
    public int listOrder;

    @Column(name = "officer_name", nullable = false, length = 50)
    public String officerName;

    @Column(name = "certificate_number", length = 40)
    public String certificateNumber;
}
