package fazhi.enforcement.port.out;

import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.NumberKind;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where enforcement cases are kept, with the township's yearly number counters. */
public interface EnforcementCaseRepository {

    Optional<EnforcementCase> find(TownshipCode township, String id);

    /** Inserts or updates, stamping the change, and answers the case as stored, with its new version. */
    EnforcementCase save(EnforcementCase enforcementCase, Stamp stamp);

    /**
     * The next number of the township's counter of that kind and year, starting at 1; safe when two
     * transactions ask at once (the counter row is locked until the transaction ends).
     */
    int nextNumber(TownshipCode township, NumberKind kind, int year);

    /**
     * ENF-08: the township's other cases of the same party (identity number or credit code, as
     * {@code Party.identifier()}; the adapter compares keyed fingerprints) with a violation before
     * {@code violationBefore}, decided with a penalty or a first violation not penalised, and not revoked;
     * earliest first.
     */
    List<EarlierViolation> earlierViolations(TownshipCode township, String partyIdentifier,
                                             LocalDate violationBefore, String exceptCaseId);

    /** {@code today} anchors {@code dueWithinDays}. */
    Page<EnforcementCase> search(TownshipCode township, EnforcementCaseQuery query, PageRequest page,
                                 LocalDate today);

    /** The cases with a pending deadline due on or before {@code dueBy} (see EnforcementCase.pendingDueDates). */
    List<EnforcementCase> withDeadlinesDueBy(TownshipCode township, LocalDate dueBy);

    /** ENF-13: published, not withdrawn, by decision date newest first; {@code year} of the decision or null. */
    Page<EnforcementCase> published(TownshipCode township, Integer year, PageRequest page);
}
