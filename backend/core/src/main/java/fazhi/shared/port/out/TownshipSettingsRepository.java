package fazhi.shared.port.out;

import fazhi.shared.model.SettingValues;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TownshipSettings;

import java.util.Optional;

/** One row of settings per township that changed any. */
public interface TownshipSettingsRepository {

    Optional<TownshipSettings> find(TownshipCode township);

    /**
     * Stores the values if the stored version is still {@code expectedVersion} (0: none stored yet), as one
     * conditional write; answers the settings with the next version, or empty when someone else wrote first.
     */
    Optional<TownshipSettings> save(TownshipCode township, SettingValues values, long expectedVersion, Stamp stamp);
}
