package fazhi.enforcement.model;

import fazhi.shared.model.CreditCode;

import java.util.Objects;

/** The enterprise an inspection visits (被检查企业): its name and its unified social credit code, which identifies it. */
public record Enterprise(String name, CreditCode creditCode) {

    public static final int MAX_NAME_LENGTH = 100;

    public Enterprise {
        Objects.requireNonNull(name);
        Objects.requireNonNull(creditCode);
    }
}
