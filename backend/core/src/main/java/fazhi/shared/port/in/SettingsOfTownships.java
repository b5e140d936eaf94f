package fazhi.shared.port.in;

import fazhi.shared.model.SettingValues;
import fazhi.shared.model.TownshipCode;

/** What the rules read at the moment they decide: the township's values, its own or the defaults. */
public interface SettingsOfTownships {

    SettingValues of(TownshipCode township);
}
