package fazhi.shared.model;

import java.util.Objects;

/**
 * A township's settings: its values and their version (SYS-02). Version 0 with {@code stored} false is a township
 * that has kept the deployment's defaults so far.
 */
public record TownshipSettings(TownshipCode township, SettingValues values, long version, boolean stored,
                               Stamp updated) {

    public TownshipSettings {
        Objects.requireNonNull(township);
        Objects.requireNonNull(values);
    }

    public static TownshipSettings defaults(TownshipCode township, SettingValues values) {
        return new TownshipSettings(township, values, 0, false, null);
    }
}
