package fazhi.adapter.persistence.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One version of a signed contract's terms (CON-02); see 020-contracts.xml. */
@Embeddable
public class VersionColumns {

    @Column(name = "version_number", nullable = false)
    public int number;

    @Column(name = "amendment_number")
    public Integer amendmentNumber;

    @Embedded
    public CounterpartyColumns counterparty = new CounterpartyColumns();

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    public LocalDate endOn;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;
}
