package fazhi.training.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.ImportCheck;
import fazhi.training.model.ImportedTable;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;

import java.util.List;

/**
 * The township's roster (干部职工名册): the people who attend sessions and the denominator of the exam rates (TRN-02).
 * Staff and leaders keep it; every role of the township reads it. Changes name the version read (SYS-02) and are
 * audited (SYS-01).
 */
public interface KeepingRoster {

    StaffMember add(Actor actor, TownshipCode township, StaffMemberDetails details);

    StaffMember edit(Actor actor, TownshipCode township, String id, long expectedVersion, StaffMemberDetails details);

    StaffMember get(Actor actor, TownshipCode township, String id);

    Page<StaffMember> list(Actor actor, TownshipCode township, RosterQuery query, PageRequest page);

    /** Reads the file and lists every line's errors; writes nothing. */
    ImportCheck<StaffMemberDetails> previewImport(Actor actor, TownshipCode township, ImportedTable file);

    /** Adds every person of the file, or, when any line is wrong, none (refused naming every line's error). */
    List<StaffMember> importFile(Actor actor, TownshipCode township, ImportedTable file);

    /** The whole roster matching the query, by name, for the export. */
    List<StaffMember> export(Actor actor, TownshipCode township, RosterQuery query);
}
