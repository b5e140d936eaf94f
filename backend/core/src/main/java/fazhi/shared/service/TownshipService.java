package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.TownshipRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

public class TownshipService implements Townships {

    private final TownshipRepository townships;
    private final AuditLog auditLog;
    private final Clock clock;

    public TownshipService(TownshipRepository townships, AuditLog auditLog, Clock clock) {
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public List<Township> visibleTo(Actor actor) {
        return townships.findAll().stream()
                .filter(t -> actor.canSee(t.code()))
                .sorted(Comparator.comparing(t -> t.code().value()))
                .toList();
    }

    @Override
    public Township get(Actor actor, TownshipCode code) {
        actor.requireTownship(code);
        return townships.find(code).orElseThrow(() -> new RecordNotFound("township", code.value()));
    }

    @Override
    public Township register(Actor actor, Township township) {
        actor.requireRole(Role.ADMIN);
        var before = townships.find(township.code());
        if (before.isPresent() && before.get().equals(township)) {
            return township;
        }
        townships.save(township);
        Map<String, Change> changes = Change.between(
                before.map(TownshipService::snapshot).orElse(Map.of()), snapshot(township));
        auditLog.record(new AuditLog.Entry(township.code(), actor.username(), clock.now(),
                before.isPresent() ? "township.renamed" : "township.registered", "township",
                township.code().value(), changes));
        return township;
    }

    private static Map<String, String> snapshot(Township township) {
        return Map.of("nameZh", township.nameZh(), "nameEn", township.nameEn());
    }
}
