package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TownshipSettings;

/** A township's settings: read by every role of the township, changed by the county's administrator. */
public interface KeepingTownshipSettings {

    TownshipSettings get(Actor actor, TownshipCode township);

    /** Replaces the values (SYS-02: {@code expectedVersion} is the version read), audited with old and new. */
    TownshipSettings update(Actor actor, TownshipCode township, long expectedVersion, SettingValues values);
}
