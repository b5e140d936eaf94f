package fazhi.enforcement.port.in;

import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamRegistrationDetails;
import fazhi.enforcement.model.ExamResult;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

/**
 * Registrations for the administrative enforcement certificate exam (行政执法资格证考试报名) and their results. A
 * pass issues the certificate through the officer register ({@link ManagingOfficers}): a new officer holding it,
 * or the linked officer's certificate replaced; the register's rules (a certificate number unique in the
 * township) hold. Every change names the version it was based on (SYS-02) and is audited (SYS-01).
 *
 * <p>{@code officerId}, when given, links the registration to an officer of the township's register.
 */
public interface ManagingExamRegistrations {

    ExamRegistration register(Actor actor, TownshipCode township, ExamRegistrationDetails details,
                              String officerId);

    /** Until the result is recorded. */
    ExamRegistration revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                            ExamRegistrationDetails details, String officerId);

    /** REGISTERED → PASSED / FAILED / ABSENT, once; a pass issues the certificate. */
    ExamRegistration recordResult(Actor actor, TownshipCode township, String id, long expectedVersion,
                                  ExamResult result);

    ExamRegistration get(Actor actor, TownshipCode township, String id);

    Page<ExamRegistration> list(Actor actor, TownshipCode township, ExamRegistrationQuery query, PageRequest page);
}
