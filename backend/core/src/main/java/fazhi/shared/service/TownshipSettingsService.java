package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.Role;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TownshipSettings;
import fazhi.shared.port.in.KeepingTownshipSettings;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.TownshipSettingsRepository;

/**
 * Township settings: the deployment's defaults ({@code defaults}, from its configuration) until the county's
 * administrator sets a township's own; every change in the township's audit chain with the old and new values.
 */
public final class TownshipSettingsService implements KeepingTownshipSettings, SettingsOfTownships {

    static final String RECORD_TYPE = "township-settings";
    /** Every role that works in a township reads them: the SPA shows them as hints. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** The values are the county's to set. */
    static final Role[] KEEPERS = {Role.ADMIN};

    private final TownshipSettingsRepository settings;
    private final Townships townships;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SettingValues defaults;

    public TownshipSettingsService(TownshipSettingsRepository settings, Townships townships, AuditLog auditLog,
                                   Clock clock, SettingValues defaults) {
        this.settings = settings;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
        this.defaults = defaults.validated();
    }

    @Override
    public TownshipSettings get(Actor actor, TownshipCode township) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return current(township);
    }

    @Override
    public TownshipSettings update(Actor actor, TownshipCode township, long expectedVersion, SettingValues values) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        values.validated();
        TownshipSettings before = current(township);
        if (before.version() != expectedVersion) {
            throw new StaleRecord(RECORD_TYPE, township.value(), expectedVersion, before.version());
        }
        TownshipSettings saved = settings.save(township, values, expectedVersion,
                        new Stamp(clock.now(), actor.username()))
                .orElseThrow(() -> new StaleRecord(RECORD_TYPE, township.value(), expectedVersion,
                        expectedVersion + 1));
        auditLog.record(new AuditLog.Entry(township, actor.username(), clock.now(), "settings.changed", RECORD_TYPE,
                township.value(), Change.between(before.values().snapshot(), values.snapshot())));
        return saved;
    }

    @Override
    public SettingValues of(TownshipCode township) {
        return current(township).values();
    }

    private TownshipSettings current(TownshipCode township) {
        return settings.find(township).orElseGet(() -> TownshipSettings.defaults(township, defaults));
    }
}
