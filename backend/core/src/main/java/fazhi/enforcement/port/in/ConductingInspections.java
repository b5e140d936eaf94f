package fazhi.enforcement.port.in;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionDraft;
import fazhi.enforcement.model.RecordedResult;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;

/**
 * Enterprise inspections (涉企行政检查): an officer proposes one under a published item (ENF-14) with two or more
 * certified officers (ENF-01, ENF-02); a leader approves it before it happens, within the yearly cap per
 * enterprise (ENF-14); the enterprise is notified; the officers record the result. Every change names the version
 * it was based on (SYS-02).
 */
public interface ConductingInspections {

    Inspection propose(Actor actor, TownshipCode township, InspectionDraft draft);

    /** Changes a proposal not yet approved. */
    Inspection revise(Actor actor, TownshipCode township, String id, long expectedVersion, InspectionDraft draft);

    /**
     * A leader approves today. {@code exceedYearlyCap}: the leader's explicit approval of a case-triggered
     * inspection beyond the yearly cap (ENF-14).
     */
    Inspection approve(Actor actor, TownshipCode township, String id, long expectedVersion, boolean exceedYearlyCap);

    Inspection notifyEnterprise(Actor actor, TownshipCode township, String id, long expectedVersion,
                                LocalDate notifiedOn);

    Inspection recordResult(Actor actor, TownshipCode township, String id, long expectedVersion,
                            RecordedResult result);

    Inspection get(Actor actor, TownshipCode township, String id);

    Page<Inspection> list(Actor actor, TownshipCode township, InspectionQuery query, PageRequest page);
}
