package fazhi.adapter.persistence.document;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "normative_document_clean_up_decisions")
public class CleanUpDecisionEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clean_up_id", nullable = false)
    public CleanUpCampaignEntity campaign;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "document_id", nullable = false, length = 36)
    public String documentId;

    @Column(name = "document_number", length = 50)
    public String documentNumber;

    @Column(name = "document_title", nullable = false, length = 200)
    public String documentTitle;

    @Column(nullable = false, length = 16)
    public String verdict;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(nullable = false)
    public int seq;
}
