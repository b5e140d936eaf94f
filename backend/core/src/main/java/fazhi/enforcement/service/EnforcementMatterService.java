package fazhi.enforcement.service;

import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterDetails;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.enforcement.port.in.ManagingEnforcementMatters;
import fazhi.enforcement.port.out.EnforcementMatterRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

public class EnforcementMatterService implements ManagingEnforcementMatters {

    static final String RECORD_TYPE = "enforcement-matter";

    /** Reading the list: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Keeping the list: the office clerks and the leadership. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};
    /** What the public sees is a leadership decision. */
    static final Role[] PUBLISHERS = {Role.LEADER};
    /** Anyone, without login: sees every township, holds no role. */
    static final Actor PUBLIC = new Actor("public", Set.of(), Set.of(), true);

    private final EnforcementMatterRepository matters;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<EnforcementMatter> changes;

    public EnforcementMatterService(EnforcementMatterRepository matters, Townships townships, AuditLog auditLog,
                                    Clock clock) {
        this.matters = matters;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, matters::find, matters::save, auditLog, clock);
    }

    @Override
    public EnforcementMatter define(Actor actor, TownshipCode township, MatterDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireCodeFree(township, details.code(), null);
        EnforcementMatter matter = EnforcementMatter.define(UUID.randomUUID().toString(), township, details);
        EnforcementMatter saved = matters.save(matter, changes.stamp(actor));
        changes.audit(actor, saved, "enforcement-matter.defined", Map.of());
        return saved;
    }

    @Override
    public EnforcementMatter revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    MatterDetails details) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "enforcement-matter.revised", matter -> {
            matter.revise(details);
            requireCodeFree(township, details.code(), id);
        });
    }

    @Override
    public EnforcementMatter publish(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return changes.change(actor, township, id, expectedVersion, PUBLISHERS, "enforcement-matter.published",
                matter -> matter.publish(clock.today()));
    }

    @Override
    public EnforcementMatter withdraw(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return changes.change(actor, township, id, expectedVersion, PUBLISHERS, "enforcement-matter.withdrawn",
                matter -> matter.withdraw(clock.today()));
    }

    @Override
    public EnforcementMatter get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<EnforcementMatter> list(Actor actor, TownshipCode township, EnforcementMatterQuery query,
                                        PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return matters.search(township, query, page);
    }

    @Override
    public Page<EnforcementMatter> published(TownshipCode township, EnforcementMatterQuery query, PageRequest page) {
        townships.get(PUBLIC, township);
        return matters.search(township, query.publishedOnly(), page);
    }

    private void requireCodeFree(TownshipCode township, String code, String exceptId) {
        if (matters.codeTaken(township, code, exceptId)) {
            throw new InvalidInput("code", "matter.code.taken", code);
        }
    }
}
