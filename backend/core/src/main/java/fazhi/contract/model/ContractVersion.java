package fazhi.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a signed contract's parties, amount and dates (CON-02): version 1 as signed, each later one as an
 * amendment (its number in {@code amendmentNumber}) made it, in force from {@code effectiveOn}. All are kept.
 */
public record ContractVersion(int number, Integer amendmentNumber, AmendmentTerms terms, LocalDate effectiveOn) {

    public ContractVersion {
        Objects.requireNonNull(terms);
        Objects.requireNonNull(effectiveOn);
    }
}
