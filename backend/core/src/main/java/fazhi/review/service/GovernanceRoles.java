package fazhi.review.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;

import java.util.Set;

/** Who may do what in the governance registers (documents, decisions, advisers). */
final class GovernanceRoles {

    /** Reading the registers: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Keeping the registers: the office clerks and the leadership. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};
    /** Issuing and repealing documents, closing a clean-up, adopting a decision: the leadership. */
    static final Role[] DECIDERS = {Role.LEADER};

    /** Anyone, without login, reading what the law says is published: sees every township, holds no role. */
    static final Actor PUBLIC = new Actor("public", Set.of(), Set.of(), true);

    private GovernanceRoles() {
    }
}
