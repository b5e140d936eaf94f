package fazhi.training.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;
import fazhi.training.model.ImportCheck;
import fazhi.training.model.ImportedTable;
import fazhi.training.model.RosterImport;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;
import fazhi.training.port.in.KeepingRoster;
import fazhi.training.port.in.RosterQuery;
import fazhi.training.port.out.RosterRepository;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

public class RosterService implements KeepingRoster {

    public static final String RECORD_TYPE = "staff-member";

    private final RosterRepository roster;
    private final Townships townships;
    private final RecordChanges<StaffMember> changes;

    public RosterService(RosterRepository roster, Townships townships, AuditLog auditLog, Clock clock) {
        this.roster = roster;
        this.townships = townships;
        this.changes = new RecordChanges<>(RECORD_TYPE, roster::find, roster::save, auditLog, clock);
    }

    @Override
    public StaffMember add(Actor actor, TownshipCode township, StaffMemberDetails details) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.KEEPERS);
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        StaffMember saved = roster.save(StaffMember.add(UUID.randomUUID().toString(), township, details),
                changes.stamp(actor));
        changes.audit(actor, saved, "staff-member.added", Map.of());
        return saved;
    }

    @Override
    public ImportCheck<StaffMemberDetails> previewImport(Actor actor, TownshipCode township, ImportedTable file) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.KEEPERS);
        if (file == null) {
            throw new InvalidInput("file", "training.import.file.required");
        }
        Set<String> onTheRoster = roster.all(township, RosterQuery.all()).stream()
                .map(p -> RosterImport.key(p.details().name(), p.details().department())).collect(Collectors.toSet());
        return RosterImport.check(file, onTheRoster);
    }

    /** All or none: nothing is written before every line is checked. */
    @Override
    public List<StaffMember> importFile(Actor actor, TownshipCode township, ImportedTable file) {
        List<StaffMemberDetails> people = previewImport(actor, township, file).orRefuse();
        if (people.isEmpty()) {
            throw new InvalidInput("file", "training.import.empty");
        }
        return people.stream().map(details -> add(actor, township, details)).toList();
    }

    @Override
    public StaffMember edit(Actor actor, TownshipCode township, String id, long expectedVersion,
                            StaffMemberDetails details) {
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        return changes.change(actor, township, id, expectedVersion, TrainingRoles.KEEPERS, "staff-member.edited",
                person -> person.edit(details));
    }

    @Override
    public StaffMember get(Actor actor, TownshipCode township, String id) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<StaffMember> list(Actor actor, TownshipCode township, RosterQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return roster.search(township, query == null ? RosterQuery.all() : query, page);
    }

    @Override
    public List<StaffMember> export(Actor actor, TownshipCode township, RosterQuery query) {
        townships.get(actor, township);
        actor.requireRole(TrainingRoles.READERS);
        return roster.all(township, query == null ? RosterQuery.all() : query);
    }
}
