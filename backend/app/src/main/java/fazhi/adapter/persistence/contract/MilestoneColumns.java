package fazhi.adapter.persistence.contract;

import fazhi.adapter.persistence.shared.IdListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One milestone of a contract; see 020-contracts.xml. */
@Embeddable
public class MilestoneColumns {

    @Column(name = "milestone_number", nullable = false)
    public int number;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(length = 500)
    public String note;

    @Column(name = "waived_reason", length = 500)
    public String waivedReason;

    @Convert(converter = IdListConverter.class)
    @Column(name = "evidence_files", columnDefinition = "TEXT")
    public List<String> evidenceFiles;
}
