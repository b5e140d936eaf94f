package fazhi.contract.model;

import fazhi.shared.model.Money;
import fazhi.shared.model.SettingValues;

import java.util.Objects;

/**
 * The contract part of a township's {@link SettingValues}: the amount from which a contract is major (CON-01)
 * and the days of notice before a contract ends (CON-03).
 */
public record ContractSettings(Money majorThreshold, int expiryNoticeDays) {

    public static final ContractSettings DEFAULTS = of(SettingValues.DEFAULTS);

    public ContractSettings {
        Objects.requireNonNull(majorThreshold);
        if (expiryNoticeDays < 0) {
            throw new IllegalArgumentException("notice days are not negative");
        }
    }

    public static ContractSettings of(SettingValues values) {
        return new ContractSettings(values.contractMajorThreshold(), values.contractExpiryNoticeDays());
    }
}
