package fazhi.contract.service;

import fazhi.contract.model.Amendment;
import fazhi.contract.model.Approval;
import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractAction;
import fazhi.contract.model.ContractActions;
import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractNumber;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.Milestone;
import fazhi.contract.model.Performance;
import fazhi.contract.model.ReviewAnswer;
import fazhi.contract.model.Signing;
import fazhi.contract.model.Termination;
import fazhi.contract.port.in.AmendmentState;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.in.ContractSummary;
import fazhi.contract.port.in.DisclosedCounterparty;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.MilestoneState;
import fazhi.contract.port.in.VersionState;
import fazhi.contract.port.out.ContractFiles;
import fazhi.contract.port.out.ContractRepository;
import fazhi.review.model.ReviewOutcome;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

public class ContractService implements ManagingContracts, Deadlines {

    public static final String RECORD_TYPE = "contract";
    /** The kinds of deadline contracts bring to the radar (CON-03). */
    public static final String EXPIRY = "CONTRACT_EXPIRY";
    public static final String MILESTONE = "CONTRACT_MILESTONE";

    /** Reading contracts: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Keeping the ledger: the clerks and the leadership. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};
    /** Approving contracts and amendments and terminating a contract are the leadership's. */
    static final Role[] LEADERS = {Role.LEADER};
    private static final Set<ContractAction> LEADER_ACTIONS = Set.of(ContractAction.APPROVE,
            ContractAction.TERMINATE);

    private final ContractRepository contracts;
    private final Townships townships;
    private final ReviewGate gate;
    private final ReviewingLegality reviews;
    /** The township's values at the moment a rule decides (CON-01, CON-03). */
    private final Function<TownshipCode, ContractSettings> settings;
    private final ContractFiles files;
    private final Clock clock;
    private final RecordChanges<Contract> changes;

    public ContractService(ContractRepository contracts, Townships townships, ReviewGate gate,
                           ReviewingLegality reviews, Function<TownshipCode, ContractSettings> settings,
                           ContractFiles files, AuditLog auditLog, Clock clock) {
        this.contracts = contracts;
        this.townships = townships;
        this.gate = gate;
        this.reviews = reviews;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, contracts::find, contracts::save, auditLog, clock,
                Contract.PERSONAL_FIELDS);
    }

    @Override
    public ContractOverview register(Actor actor, TownshipCode township, ContractDetails details) {
        Township town = townships.get(actor, township);
        actor.requireRole(KEEPERS);
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        LocalDate today = clock.today();
        // the number is taken last, so a refused registration leaves no gap
        ContractNumber number = ContractNumber.of(town, today.getYear(), contracts.nextNumber(township,
                today.getYear()));
        Contract registered = Contract.register(UUID.randomUUID().toString(), township, number, details, today);
        Contract saved = contracts.save(registered, changes.stamp(actor));
        changes.audit(actor, saved, "contract.registered", Map.of());
        return overview(actor, saved);
    }

    @Override
    public ContractOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 ContractDetails details) {
        if (details == null) {
            throw new InvalidInput("details", "field.required");
        }
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.edited",
                c -> c.edit(details, review(c)));
    }

    @Override
    public ContractOverview submitForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                            SubmitForReview command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.submitted-for-review", c -> {
            c.submitForReview(clock.today());
            reviews.submit(actor, township, new ReviewSubmission(SubjectType.CONTRACT, c.id(),
                    subjectTitle(c.number() + " " + c.details().title()), materials(command),
                    command == null ? null : command.reviewer()));
        });
    }

    @Override
    public ContractOverview approve(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    Approve command) {
        return change(actor, township, id, expectedVersion, LEADERS, "contract.approved", c -> {
            Approval approval = new Approval(day("approvedOn", command == null ? null : command.approvedOn()),
                    actor.username(), command == null ? null : command.opinion());
            c.approve(approval, c.majority(settings.apply(c.township())), review(c));
        });
    }

    @Override
    public ContractOverview sign(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 Sign command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.signed", c -> {
            c.sign(signing(command), c.majority(settings.apply(c.township())), review(c),
                    files.of(township, c.id()));
        });
    }

    @Override
    public ContractOverview complete(Actor actor, TownshipCode township, String id, long expectedVersion,
                                     Complete command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.completed",
                c -> c.complete(day("completedOn", command == null ? null : command.completedOn())));
    }

    @Override
    public ContractOverview terminate(Actor actor, TownshipCode township, String id, long expectedVersion,
                                      Terminate command) {
        return change(actor, township, id, expectedVersion, LEADERS, "contract.terminated", c -> c.terminate(
                new Termination(day("terminatedOn", command == null ? null : command.terminatedOn()),
                        command == null ? null : command.reason(), actor.username())));
    }

    @Override
    public ContractOverview archive(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    Archive command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.archived",
                c -> c.archive(day("archivedOn", command == null ? null : command.archivedOn())));
    }

    @Override
    public ContractOverview addMilestone(Actor actor, TownshipCode township, String id, long expectedVersion,
                                         AddMilestone command) {
        if (command == null) {
            throw new InvalidInput("kind", "field.required");
        }
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.milestone-added",
                c -> c.addMilestone(command.kind(), command.title(), command.dueOn(), command.amount()));
    }

    @Override
    public ContractOverview completeMilestone(Actor actor, TownshipCode township, String id, long expectedVersion,
                                              int milestoneNumber, CompleteMilestone command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.milestone-completed",
                c -> c.completeMilestone(milestoneNumber, day("doneOn", command == null ? null : command.doneOn()),
                        command == null ? null : command.note(),
                        command == null ? null : command.evidenceFileIds(), files.of(township, c.id())));
    }

    @Override
    public ContractOverview waiveMilestone(Actor actor, TownshipCode township, String id, long expectedVersion,
                                           int milestoneNumber, WaiveMilestone command) {
        if (command == null) {
            throw new InvalidInput("reason", "field.required");
        }
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.milestone-waived",
                c -> c.waiveMilestone(milestoneNumber, day("waivedOn", command.waivedOn()), command.reason()));
    }

    @Override
    public ContractOverview recordPayment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                          RecordPayment command) {
        if (command == null) {
            throw new InvalidInput("milestoneNumber", "field.required");
        }
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.payment-recorded",
                c -> c.recordPayment(command.milestoneNumber(), day("paidOn", command.paidOn()), command.amount(),
                        command.voucher(), actor.username()));
    }

    @Override
    public ContractOverview proposeAmendment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                             ProposeAmendment command) {
        if (command == null) {
            throw new InvalidInput("terms", "field.required");
        }
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.amendment-proposed",
                c -> c.proposeAmendment(command.title(), command.reason(), command.terms(), clock.today()));
    }

    @Override
    public ContractOverview submitAmendmentForReview(Actor actor, TownshipCode township, String id,
                                                     long expectedVersion, int amendmentNumber,
                                                     SubmitForReview command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.amendment-submitted-for-review",
                c -> {
                    c.submitAmendmentForReview(amendmentNumber, clock.today());
                    Amendment amendment = c.amendment(amendmentNumber);
                    reviews.submit(actor, township, new ReviewSubmission(SubjectType.CONTRACT,
                            c.amendmentReviewRef(amendmentNumber),
                            subjectTitle(c.number() + " 补充协议（第" + amendmentNumber + "号） " + amendment.title()),
                            materials(command), command == null ? null : command.reviewer()));
                });
    }

    @Override
    public ContractOverview approveAmendment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                             int amendmentNumber, Approve command) {
        return change(actor, township, id, expectedVersion, LEADERS, "contract.amendment-approved", c -> {
            Approval approval = new Approval(day("approvedOn", command == null ? null : command.approvedOn()),
                    actor.username(), command == null ? null : command.opinion());
            Amendment amendment = c.amendment(amendmentNumber);
            c.approveAmendment(amendmentNumber, approval,
                    c.majorityAmendedBy(amendment, settings.apply(c.township())), review(c, amendment));
        });
    }

    @Override
    public ContractOverview signAmendment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                          int amendmentNumber, Sign command) {
        return change(actor, township, id, expectedVersion, KEEPERS, "contract.amendment-signed", c -> {
            Amendment amendment = c.amendment(amendmentNumber);
            c.signAmendment(amendmentNumber, signing(command),
                    c.majorityAmendedBy(amendment, settings.apply(c.township())), review(c, amendment),
                    files.of(township, c.id()));
        });
    }

    @Override
    public ContractOverview get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return overview(actor, changes.load(township, id));
    }

    @Override
    public Page<ContractSummary> list(Actor actor, TownshipCode township, ContractQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        LocalDate today = clock.today();
        ContractSettings values = settings.apply(township);
        return contracts.search(township, query == null ? ContractQuery.all() : query, page, today, values)
                .map(c -> ContractSummary.of(c, values, today));
    }

    /**
     * CON-03 on the radar: a contract in performance that ends within the period, or within the township's notice
     * days whatever the period (so the radar warns as early as the ledger does), and its pending milestones due
     * within the period; overdue ones always.
     */
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
        LocalDate noticeBy = today.plusDays(settings.apply(township).expiryNoticeDays());
        LocalDate endingBy = noticeBy.isAfter(dueBy) ? noticeBy : dueBy;
        List<Deadline> due = new ArrayList<>();
        for (Contract c : contracts.withDeadlinesDueBy(township, endingBy, dueBy)) {
            if (c.status() != ContractStatus.PERFORMING) {
                continue;
            }
            String label = c.number() + " " + c.details().title();
            LocalDate endOn = c.details().term().endOn();
            if (!endOn.isAfter(endingBy)) {
                due.add(deadline(EXPIRY, endOn, today, c, label));
            }
            for (Milestone m : c.milestones()) {
                if (m.isPending() && !m.dueOn().isAfter(dueBy)) {
                    due.add(deadline(MILESTONE, m.dueOn(), today, c, label + " " + m.title()));
                }
            }
        }
        due.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::label));
        return due;
    }

    private static Deadline deadline(String kind, LocalDate dueOn, LocalDate today, Contract c, String label) {
        return new Deadline(kind, dueOn, today.isAfter(dueOn), ChronoUnit.DAYS.between(today, dueOn), RECORD_TYPE,
                c.id(), label);
    }

    // ---- the view ----

    private ContractOverview overview(Actor actor, Contract c) {
        LocalDate today = clock.today();
        ContractSettings values = settings.apply(c.township());
        boolean keeper = actor.canSee(c.township()) && actor.hasAnyRole(KEEPERS);
        boolean leader = keeper && actor.hasAnyRole(LEADERS);
        List<MilestoneState> milestones = c.milestones().stream()
                .map(m -> new MilestoneState(m, m.statusOn(today), c.paidOn(m.number()),
                        keeper ? ContractActions.possible(c, m) : List.of()))
                .toList();
        List<AmendmentState> amendments = c.amendments().stream()
                .map(a -> new AmendmentState(a, DisclosedCounterparty.of(a.terms().counterparty(), actor),
                        c.majorityAmendedBy(a, values), review(c, a), !keeper ? List.of()
                        : ContractActions.possible(c, a).stream()
                        .filter(v -> leader || !v.equals(ContractActions.APPROVE_AMENDMENT)).toList()))
                .toList();
        List<VersionState> versions = c.versions().stream()
                .map(v -> new VersionState(v, DisclosedCounterparty.of(v.terms().counterparty(), actor))).toList();
        List<ContractAction> allowed = !keeper ? List.of() : ContractActions.possible(c).stream()
                .filter(a -> leader || !LEADER_ACTIONS.contains(a)).sorted().toList();
        return new ContractOverview(c, DisclosedCounterparty.of(c.details().counterparty(), actor),
                c.majority(values), review(c), Performance.of(c, today, values.expiryNoticeDays()), milestones,
                amendments, versions, allowed, values.expiryNoticeDays());
    }

    private ReviewAnswer review(Contract c) {
        return answer(gate.latest(c.township(), SubjectType.CONTRACT, c.id()));
    }

    private ReviewAnswer review(Contract c, Amendment amendment) {
        return answer(gate.latest(c.township(), SubjectType.CONTRACT, c.amendmentReviewRef(amendment.number())));
    }

    /** The review gate's answer in the contract's own terms. */
    private static ReviewAnswer answer(ReviewStatus review) {
        return new ReviewAnswer(review.reviewId(), review.round(), review.outcome().name(), review.passed(),
                review.outcome() == ReviewOutcome.REJECTED, review.submittedOn(), review.decidedOn());
    }

    // ---- the mechanics of a change ----

    private ContractOverview change(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    Role[] allowed, String action, Consumer<Contract> change) {
        return overview(actor, changes.change(actor, township, id, expectedVersion, allowed, action, change));
    }

    private Signing signing(Sign command) {
        return new Signing(day("signedOn", command == null ? null : command.signedOn()),
                command == null ? null : command.signatories(), command == null ? null : command.signedFileId());
    }

    private static List<String> materials(SubmitForReview command) {
        return command == null ? List.of() : command.materials();
    }

    /** The review's title: the number and the title, within the review's limit. */
    private static String subjectTitle(String title) {
        return title.length() <= 200 ? title : title.substring(0, 200);
    }

    /** The day of an action: today when not given, never after today. */
    private LocalDate day(String field, LocalDate given) {
        LocalDate today = clock.today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw new InvalidInput(field, "contract.date.future", today.toString());
        }
        return given;
    }
}
