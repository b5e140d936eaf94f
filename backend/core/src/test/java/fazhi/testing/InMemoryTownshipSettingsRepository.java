package fazhi.testing;

import fazhi.shared.model.SettingValues;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TownshipSettings;
import fazhi.shared.port.out.TownshipSettingsRepository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings rows with the conditional write of the real adapter. */
public final class InMemoryTownshipSettingsRepository implements TownshipSettingsRepository {

    private final Map<TownshipCode, TownshipSettings> rows = new HashMap<>();

    @Override
    public Optional<TownshipSettings> find(TownshipCode township) {
        return Optional.ofNullable(rows.get(township));
    }

    @Override
    public Optional<TownshipSettings> save(TownshipCode township, SettingValues values, long expectedVersion,
                                           Stamp stamp) {
        long stored = find(township).map(TownshipSettings::version).orElse(0L);
        if (stored != expectedVersion) {
            return Optional.empty();
        }
        TownshipSettings saved = new TownshipSettings(township, values, stored + 1, true, stamp);
        rows.put(township, saved);
        return Optional.of(saved);
    }
}
