package fazhi.enforcement.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;

import java.util.Set;

/** Who may do what with the inspection items list, the yearly plans and the inspections. */
final class InspectionRoles {

    /** Reading: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Keeping the items list and the plans: the office clerks and the leadership. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};
    /** Publishing, filing, approving an inspection: the leadership. */
    static final Role[] LEADERS = {Role.LEADER};
    /** Proposing, notifying and recording inspections: the officers, and the leadership. */
    static final Role[] INSPECTORS = {Role.OFFICER, Role.LEADER};

    /** Anyone, without login, reading what the law says is published: sees every township, holds no role. */
    static final Actor PUBLIC = new Actor("public", Set.of(), Set.of(), true);

    private InspectionRoles() {
    }
}
