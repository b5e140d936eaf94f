package fazhi.adapter.persistence.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One amendment (补充协议) of a contract with the terms it sets; see 020-contracts.xml. */
@Embeddable
public class AmendmentColumns {

    @Column(name = "amendment_number", nullable = false)
    public int number;

    @Column(nullable = false, length = 150)
    public String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String reason;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "proposed_on", nullable = false)
    public LocalDate proposedOn;

    @Embedded
    public CounterpartyColumns counterparty = new CounterpartyColumns();

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    public LocalDate endOn;

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
}
