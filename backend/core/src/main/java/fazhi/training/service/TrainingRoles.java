package fazhi.training.service;

import fazhi.shared.model.Role;

/** Who reads and who keeps the training area's records. */
final class TrainingRoles {

    /** Every role that works in a township reads them. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** The clerks and the leadership keep them. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};

    private TrainingRoles() {
    }
}
