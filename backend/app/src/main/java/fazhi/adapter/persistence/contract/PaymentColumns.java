package fazhi.adapter.persistence.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment under a contract; see 020-contracts.xml. */
@Embeddable
public class PaymentColumns {

    @Column(name = "payment_number", nullable = false)
    public int number;

    @Column(name = "milestone_number", nullable = false)
    public int milestoneNumber;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(length = 100)
    public String voucher;

    @Column(name = "recorded_by", length = 100)
    public String recordedBy;
}
