package fazhi.enforcement.service;

import fazhi.enforcement.model.CaseAction;
import fazhi.enforcement.model.CaseActions;
import fazhi.enforcement.model.CaseDeadline;
import fazhi.enforcement.model.CaseDeadlines;
import fazhi.enforcement.model.CaseDetails;
import fazhi.enforcement.model.CaseNumber;
import fazhi.enforcement.model.CaseSteps;
import fazhi.enforcement.model.DecisionNumber;
import fazhi.enforcement.model.Delivery;
import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementSettings;
import fazhi.enforcement.model.EnforcementTeam;
import fazhi.enforcement.model.Extension;
import fazhi.enforcement.model.LegalReviewRequest;
import fazhi.enforcement.model.Notice;
import fazhi.enforcement.model.NumberKind;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.model.ReviewAnswer;
import fazhi.enforcement.model.Revocation;
import fazhi.enforcement.port.in.CaseOfficer;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.CaseSummary;
import fazhi.enforcement.port.in.DisclosedParty;
import fazhi.enforcement.port.in.EnforcementCaseQuery;
import fazhi.enforcement.port.in.LegalReviewState;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.enforcement.port.in.PublishedDecision;
import fazhi.enforcement.port.out.CaseFiles;
import fazhi.enforcement.port.out.EnforcementCaseRepository;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.in.ReviewSubmission;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

public class EnforcementCaseService implements ProcessingEnforcementCases, Deadlines {

    public static final String RECORD_TYPE = "enforcement-case";

    /** Reading cases: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Working a case: the officers and the leadership. */
    static final Role[] ACTORS = {Role.OFFICER, Role.LEADER};
    /** Extending the deadline, publishing and revoking are the leadership's. */
    static final Role[] LEADERS = {Role.LEADER};
    private static final Set<CaseAction> LEADER_ACTIONS = Set.of(CaseAction.APPROVE_EXTENSION, CaseAction.PUBLISH,
            CaseAction.REVOKE);
    /** The public list asks for no login: an actor that sees every township and may do nothing. */
    private static final Actor PUBLIC = new Actor("public", Set.of(), Set.of(), true);

    private final EnforcementCaseRepository cases;
    private final OfficerRepository officers;
    private final Townships townships;
    private final ReviewGate gate;
    private final ReviewingLegality reviews;
    /** The township's values at the moment a rule decides (ENF-06). */
    private final Function<TownshipCode, EnforcementSettings> settings;
    private final CaseFiles files;
    private final Clock clock;
    private final RecordChanges<EnforcementCase> changes;

    public EnforcementCaseService(EnforcementCaseRepository cases, OfficerRepository officers, Townships townships,
                                  ReviewGate gate, ReviewingLegality reviews,
                                  Function<TownshipCode, EnforcementSettings> settings, CaseFiles files,
                                  AuditLog auditLog, Clock clock) {
        this.cases = cases;
        this.officers = officers;
        this.townships = townships;
        this.gate = gate;
        this.reviews = reviews;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, cases::find, cases::save, auditLog, clock,
                EnforcementCase.PERSONAL_FIELDS);
    }

    @Override
    public CaseOverview file(Actor actor, TownshipCode township, FileCase command) {
        Township town = townships.get(actor, township);
        actor.requireRole(ACTORS);
        LocalDate filedOn = day("filedOn", command.filedOn());
        CaseDetails details = command.details();
        EnforcementTeam team = team(township, details.officerIds());
        // the number is taken last, so a refused filing leaves no gap
        EnforcementCase checked = EnforcementCase.file("check", township, CaseNumber.of(town, filedOn.getYear(), 1),
                details, filedOn, team);
        CaseNumber number = CaseNumber.of(town, filedOn.getYear(),
                cases.nextNumber(township, NumberKind.CASE, filedOn.getYear()));
        EnforcementCase filed = EnforcementCase.file(UUID.randomUUID().toString(), township, number,
                checked.details(), filedOn, team);
        EnforcementCase saved = cases.save(filed, changes.stamp(actor));
        changes.audit(actor, saved, "enforcement-case.filed", Map.of());
        return overview(actor, saved);
    }

    @Override
    public CaseOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion,
                             CaseDetails details) {
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.edited",
                c -> c.edit(details, team(township, details.officerIds()), clock.today()));
    }

    @Override
    public CaseOverview investigate(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    Investigate command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.investigation-started",
                c -> c.investigate(day("startedOn", command.startedOn()), command.summary()));
    }

    @Override
    public CaseOverview notify(Actor actor, TownshipCode township, String id, long expectedVersion,
                               Notify command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.notified", c -> {
            Notice notice = new Notice(day("notifiedOn", command.notifiedOn()), command.intendedOutcome(),
                    command.hearingOffered(), command.statementAndDefenceNotified(), command.method());
            c.notify(notice, team(c), settings.apply(c.township()));
        });
    }

    @Override
    public CaseOverview waiveHearing(Actor actor, TownshipCode township, String id, long expectedVersion,
                                     WaiveHearing command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.hearing-waived",
                c -> c.waiveHearing(day("waivedOn", command.waivedOn())));
    }

    @Override
    public CaseOverview requestHearing(Actor actor, TownshipCode township, String id, long expectedVersion,
                                       RequestHearing command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.hearing-requested",
                c -> c.requestHearing(day("requestedOn", command.requestedOn())));
    }

    @Override
    public CaseOverview holdHearing(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    HoldHearing command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.hearing-held",
                c -> c.holdHearing(day("heldOn", command.heldOn()), command.summary()));
    }

    @Override
    public CaseOverview requestLegalReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                           RequestLegalReview command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.legal-review-requested",
                c -> {
                    LocalDate today = clock.today();
                    c.requestLegalReview(new LegalReviewRequest(null, today, command.reviewer()));
                    LegalityReview review = reviews.submit(actor, township, new ReviewSubmission(
                            SubjectType.ENFORCEMENT_DECISION, c.id(), c.caseNumber() + " 重大执法决定法制审核",
                            List.of(command.summary()), command.reviewer()));
                    if (review != null) {
                        c.recordLegalReviewId(review.id());
                    }
                });
    }

    @Override
    public CaseOverview approveExtension(Actor actor, TownshipCode township, String id, long expectedVersion,
                                         ApproveExtension command) {
        return change(actor, township, id, expectedVersion, LEADERS, "enforcement-case.extension-approved",
                c -> c.approveExtension(new Extension(command.reason(), command.until(), actor.username(),
                        clock.today())));
    }

    @Override
    public CaseOverview decide(Actor actor, TownshipCode township, String id, long expectedVersion,
                               Decide command) {
        Township town = townships.get(actor, township);
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.decided", c -> {
            LocalDate decidedOn = day("decidedOn", command.decidedOn());
            c.decide(decidedOn, command.outcome(), command.partyPresent(), team(c), settings.apply(c.township()),
                    answer(review(c)), earlierViolations(c),
                    year -> DecisionNumber.of(town, year, cases.nextNumber(township, NumberKind.PENALTY_DECISION,
                            year)));
        });
    }

    @Override
    public CaseOverview deliver(Actor actor, TownshipCode township, String id, long expectedVersion,
                                Deliver command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.delivered",
                c -> c.deliver(new Delivery(day("deliveredOn", command.deliveredOn()), command.method(),
                        command.lateReason()), team(c)));
    }

    @Override
    public CaseOverview execute(Actor actor, TownshipCode township, String id, long expectedVersion,
                                Execute command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.executed",
                c -> c.execute(day("executedOn", command.executedOn()), command.amountPaid()));
    }

    @Override
    public CaseOverview recordProcess(Actor actor, TownshipCode township, String id, long expectedVersion,
                                      ProcessRecord command) {
        if (command == null) {
            throw new InvalidInput("recorderFootageRef", "field.required");
        }
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.process-recorded",
                c -> c.recordProcess(command, files.of(township, id)));
    }

    @Override
    public CaseOverview close(Actor actor, TownshipCode township, String id, long expectedVersion, Close command) {
        return change(actor, township, id, expectedVersion, ACTORS, "enforcement-case.closed",
                c -> c.close(day("closedOn", command.closedOn())));
    }

    @Override
    public CaseOverview publish(Actor actor, TownshipCode township, String id, long expectedVersion,
                                Publish command) {
        return change(actor, township, id, expectedVersion, LEADERS, "enforcement-case.published",
                c -> c.publish(day("publishedOn", command.publishedOn())));
    }

    @Override
    public CaseOverview revoke(Actor actor, TownshipCode township, String id, long expectedVersion,
                               Revoke command) {
        return change(actor, township, id, expectedVersion, LEADERS, "enforcement-case.revoked",
                c -> c.revoke(new Revocation(day("revokedOn", command.revokedOn()), command.reason(),
                        actor.username())));
    }

    @Override
    public CaseOverview get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return overview(actor, changes.load(township, id));
    }

    @Override
    public Page<CaseSummary> list(Actor actor, TownshipCode township, EnforcementCaseQuery query,
                                  PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        LocalDate today = clock.today();
        return cases.search(township, query == null ? EnforcementCaseQuery.all() : query, page, today)
                .map(c -> CaseSummary.of(c, today));
    }

    @Override
    public Page<PublishedDecision> published(TownshipCode township, Integer year, PageRequest page) {
        townships.get(PUBLIC, township);
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        return cases.published(township, year, page).map(PublishedDecision::of);
    }

    @Override
    public List<Deadline> dueWithin(Actor actor, TownshipCode township, Period within) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        LocalDate today = clock.today();
        Period period = within == null ? Period.ofDays(7) : within;
        LocalDate dueBy = today.plus(period);
        if (dueBy.isBefore(today) || dueBy.isAfter(today.plus(MAX_WITHIN))) {
            throw new InvalidInput("within", "deadlines.within.range", MAX_WITHIN.toString());
        }
        List<Deadline> due = new ArrayList<>();
        for (EnforcementCase c : cases.withDeadlinesDueBy(township, dueBy)) {
            for (CaseDeadline deadline : CaseDeadlines.of(c, today).pending()) {
                if (!deadline.dueOn().isAfter(dueBy)) {
                    due.add(new Deadline(deadline.kind().name(), deadline.dueOn(), deadline.overdue(),
                            deadline.daysLeft(), RECORD_TYPE, c.id(), c.caseNumber() + " " + c.party().name()));
                }
            }
        }
        due.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::label));
        return due;
    }

    // ---- the view ----

    private CaseOverview overview(Actor actor, EnforcementCase c) {
        LocalDate today = clock.today();
        ReviewStatus review = review(c);
        LegalReviewState legalReview = new LegalReviewState(c.isMajor(),
                c.legalReview() == null ? review.reviewId() : firstNonNull(c.legalReview().reviewId(),
                        review.reviewId()),
                c.legalReview() == null ? null : c.legalReview().requestedOn(),
                c.legalReview() == null ? null : c.legalReview().reviewer(), review.outcome(), review.decidedOn());
        return new CaseOverview(c, DisclosedParty.of(c.party(), actor), caseOfficers(c),
                CaseSteps.of(c, answer(review)), CaseDeadlines.of(c, today), earlierViolations(c), legalReview,
                c.processRecord().checklist(),
                allowedActions(actor, c, today), settings.apply(c.township()).hearingThresholdFor(c.party().kind()));
    }

    private List<CaseAction> allowedActions(Actor actor, EnforcementCase c, LocalDate today) {
        if (!actor.canSee(c.township()) || !actor.hasAnyRole(ACTORS)) {
            return List.of();
        }
        boolean leader = actor.hasAnyRole(LEADERS);
        return CaseActions.possible(c, today).stream()
                .filter(a -> leader || !LEADER_ACTIONS.contains(a))
                .sorted()
                .toList();
    }

    private List<CaseOfficer> caseOfficers(EnforcementCase c) {
        return c.details().officerIds().stream()
                .map(id -> officers.find(c.township(), id)
                        .map(o -> new CaseOfficer(o.id(), o.details().name(),
                                o.details().certificate() == null ? null : o.details().certificate().number()))
                        .orElse(new CaseOfficer(id, null, null)))
                .toList();
    }

    private List<EarlierViolation> earlierViolations(EnforcementCase c) {
        return cases.earlierViolations(c.township(), c.party().identifier(), c.violationDate(), c.id());
    }

    private ReviewStatus review(EnforcementCase c) {
        return gate.latest(c.township(), SubjectType.ENFORCEMENT_DECISION, c.id());
    }

    /** The review gate's answer in the case's own terms. */
    private static ReviewAnswer answer(ReviewStatus review) {
        return new ReviewAnswer(review.passed(), review.outcome().name(), review.decidedOn());
    }

    // ---- the team ----

    private EnforcementTeam team(EnforcementCase c) {
        return team(c.township(), c.details().officerIds());
    }

    /** The officers named, each of the township; an unknown id is bad input, too few is ENF-01. */
    private EnforcementTeam team(TownshipCode township, List<String> officerIds) {
        List<Officer> team = new ArrayList<>();
        for (int i = 0; i < officerIds.size(); i++) {
            String officerId = officerIds.get(i);
            int index = i;
            team.add(officers.find(township, officerId).orElseThrow(() ->
                    new InvalidInput("officerIds[" + index + "]", "enforcementCase.officer.unknown", officerId)));
        }
        return new EnforcementTeam(team);
    }

    // ---- the mechanics of a change ----

    private CaseOverview change(Actor actor, TownshipCode township, String id, long expectedVersion,
                                Role[] allowed, String action, Consumer<EnforcementCase> change) {
        return overview(actor, changes.change(actor, township, id, expectedVersion, allowed, action, change));
    }

    /** The day of an action: today when not given, never after today. */
    private LocalDate day(String field, LocalDate given) {
        LocalDate today = clock.today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw new InvalidInput(field, "enforcementCase.date.future", today);
        }
        return given;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
