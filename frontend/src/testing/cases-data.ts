import dayjs from 'dayjs';

import type { components } from '@/lib/api/schema';

import type { Refusal } from './rules';

type EnforcementCaseView = components['schemas']['EnforcementCaseView'];
type CaseStatus = EnforcementCaseView['status'];
type NextDeadline = components['schemas']['EnforcementCaseSummaryView']['nextDeadline'];
type DeadlineView = components['schemas']['DeadlineView'];
type Outcome = EnforcementCaseView['notice'] extends infer N
  ? N extends { intendedOutcome: infer O }
    ? O
    : never
  : never;
type Deadlines = EnforcementCaseView['deadlines'];
type Item = EnforcementCaseView['closeChecklist'][number]['item'];

/**
 * `allowedActions` as the API answers them for a case to an officer and to a leader; every other role gets
 * none. Core decides them (CaseActions, narrowed by role: the extension, publication and revocation are a
 * leader's); the fixtures write its answers down and the fakes never work them out.
 */
export type AllowedActions = Readonly<{ officer: readonly string[]; leader: readonly string[] }>;

/** What the API computes for a case once an action moved it to a status, as the fake answers it then. */
export type CaseAnswers = {
  allowedActions: AllowedActions;
  deadlines?: Deadlines;
  nextDeadline?: NextDeadline;
  /** The number a decision gets (a penalty's only). */
  decisionNumber?: string;
};

export type CaseRecord = Omit<EnforcementCaseView, 'allowedActions'> & {
  published: boolean;
  allowedActions: AllowedActions;
  /** The deadline the list shows for the case, as the API answers it. */
  nextDeadline: NextDeadline;
  /** The actions the API refuses on this case, by verb. */
  refusals?: Partial<Record<string, Refusal>>;
  /** What the API answers once a fake action moves the case to a status (none there: no actions). */
  next?: Partial<Record<CaseStatus, CaseAnswers>>;
};

export const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

const officers = [
  { id: 'o1', name: '杨志远', certificateNumber: '湘4312o1' },
  { id: 'o2', name: '龙秀英', certificateNumber: '湘4312o2' },
];

/** The view's `penalty` of each outcome kind, as the API answers it. */
const penalty: Record<Outcome['kind'], boolean> = {
  NO_PENALTY_FIRST_VIOLATION: false,
  NO_PENALTY_MINOR: false,
  WARNING: true,
  FINE: true,
  OTHER: true,
};

export const outcome = (kind: Outcome['kind'], fineAmount: string | null = null): Outcome => ({
  kind,
  penalty: penalty[kind],
  fineAmount,
});

export function deadlines(partial: Partial<Deadlines> = {}): Deadlines {
  return {
    asOf: day(0),
    decisionOverdue: false,
    deliveryOverdue: false,
    paymentOverdue: false,
    hearingWindowOpen: false,
    pending: [],
    ...partial,
  };
}

export function checklist(done: Item[] = []): EnforcementCaseView['closeChecklist'] {
  const items: Item[] = [
    'RECORDER_FOOTAGE',
    'DOCUMENTS_COMPLETE',
    'CERTIFICATES_SHOWN',
    'UNIFORM_WORN',
  ];
  return items.map((item) => ({
    item,
    done: done.includes(item),
    required: item !== 'UNIFORM_WORN',
  }));
}

function steps(done: number, skipped: string[] = []): EnforcementCaseView['steps'] {
  const all = [
    'FILE',
    'INVESTIGATE',
    'NOTIFY',
    'HEARING',
    'LEGAL_REVIEW',
    'DECIDE',
    'DELIVER',
    'EXECUTE',
    'CLOSE',
  ] as const;
  let reached = 0;
  return all.map((step) => {
    if (skipped.includes(step)) return { step, state: 'SKIPPED' as const, date: null };
    reached += 1;
    if (reached <= done) return { step, state: 'DONE' as const, date: day(-10) };
    if (reached === done + 1) return { step, state: 'CURRENT' as const, date: null };
    return { step, state: 'PENDING' as const, date: null };
  });
}

/** The API's deadline of a case in the list and on the radar, `days` from today. */
export function dueIn(kind: 'DECISION' | 'DELIVERY' | 'PAYMENT', days: number): NextDeadline {
  return { kind, dueOn: day(days), overdue: days < 0, daysLeft: days };
}

const none: AllowedActions = { officer: [], leader: [] };

// the township's ENF-06 thresholds for a person and an organisation, as the API answers them (the defaults)
const individual = '10000.00';
const organisation = '100000.00';

// allowedActions as the API answers them for the tests' cases, by the state each is in (see AllowedActions)
export const allowed = {
  /** Filed, ordinary procedure, no legal review asked for yet. */
  filed: {
    officer: ['edit', 'investigate', 'notify', 'request-legal-review', 'decide', 'record-process'],
    leader: [
      'edit',
      'investigate',
      'notify',
      'request-legal-review',
      'approve-extension',
      'decide',
      'record-process',
    ],
  },
  /** Under investigation, ordinary procedure, no legal review asked for yet. */
  investigating: {
    officer: ['edit', 'notify', 'request-legal-review', 'decide', 'record-process'],
    leader: [
      'edit',
      'notify',
      'request-legal-review',
      'approve-extension',
      'decide',
      'record-process',
    ],
  },
  /** Notified without a hearing offered, ordinary procedure, no legal review asked for yet. */
  notified: {
    officer: ['request-legal-review', 'decide', 'record-process'],
    leader: ['request-legal-review', 'approve-extension', 'decide', 'record-process'],
  },
  /** Decided on a penalty not published yet. */
  decided: {
    officer: ['deliver', 'record-process'],
    leader: ['deliver', 'record-process', 'publish', 'revoke'],
  },
  /** Delivered, a fine to pay, not published yet. */
  deliveredFine: {
    officer: ['execute', 'record-process'],
    leader: ['execute', 'record-process', 'publish', 'revoke'],
  },
  /** Delivered, a fine to pay, published. */
  deliveredFinePublished: {
    officer: ['execute', 'record-process'],
    leader: ['execute', 'record-process', 'revoke'],
  },
  /** Executed and published. */
  executedPublished: {
    officer: ['record-process', 'close'],
    leader: ['record-process', 'close', 'revoke'],
  },
  /** Closed on a penalty not published. */
  closedUnpublished: { officer: [], leader: ['publish', 'revoke'] },
  none,
} satisfies Record<string, AllowedActions>;

/** What the API answers for a case filed today (ordinary procedure): its first deadline, its actions. */
export function filedToday(): Pick<
  CaseRecord,
  'deadlines' | 'nextDeadline' | 'allowedActions' | 'next'
> {
  return {
    deadlines: deadlines({ decisionDueOn: day(90) }),
    nextDeadline: dueIn('DECISION', 90),
    allowedActions: allowed.filed,
    next: { INVESTIGATING: { allowedActions: allowed.investigating } },
  };
}

function base(
  partial: Partial<CaseRecord> & Pick<CaseRecord, 'id' | 'caseNumber' | 'hearingThreshold'>,
): CaseRecord {
  return {
    township: 'jinhe',
    field: 'ROAD_TRAFFIC_SAFETY',
    procedure: 'ORDINARY',
    status: 'FILED',
    party: {
      kind: 'INDIVIDUAL',
      name: '龙建华',
      idNumber: '11010519491231002X',
      phone: '13907451234',
      address: '锦和镇岩门村3组',
      masked: false,
    },
    facts: '驾驶无号牌三轮摩托车上道路行驶。',
    place: '锦和镇G209国道锦和段',
    violationDate: day(-20),
    discoveredOn: day(-20),
    harmsLifeHealthOrProperty: false,
    major: false,
    officers,
    filedOn: day(-18),
    steps: steps(1),
    hearing: {},
    processRecord: {
      documentsComplete: false,
      documentFiles: [],
      certificatesShown: false,
      uniformWorn: false,
    },
    deadlines: deadlines({ decisionDueOn: day(72) }),
    earlierViolations: [],
    allowedActions: none,
    nextDeadline: null,
    closeChecklist: checklist(),
    version: 1,
    createdAt: '2025-06-01T08:00:00+08:00',
    updatedAt: '2025-06-01T08:00:00+08:00',
    published: false,
    ...partial,
  };
}

/** Jinhe's cases as the tests start. */
export function initialCases(): CaseRecord[] {
  return [
    base({
      id: 'c1',
      caseNumber: '锦和执立〔2025〕第1号',
      status: 'NOTIFIED',
      hearingThreshold: individual,
      steps: steps(3, ['HEARING', 'LEGAL_REVIEW']),
      investigation: { startedOn: day(-18), summary: '现场检查并制作笔录' },
      notice: {
        notifiedOn: day(-8),
        intendedOutcome: outcome('FINE', '500.00'),
        hearingOffered: false,
        statementAndDefenceNotified: true,
        method: '直接送达',
      },
      deadlines: deadlines({ decisionDueOn: day(72) }),
      nextDeadline: dueIn('DECISION', 72),
      allowedActions: allowed.notified,
      next: {
        DECIDED: {
          allowedActions: allowed.decided,
          deadlines: deadlines({ decisionDueOn: day(72), deliveryDueOn: day(7) }),
          nextDeadline: dueIn('DELIVERY', 7),
          decisionNumber: '锦和罚决字〔2025〕第8号',
        },
        DELIVERED: {
          allowedActions: allowed.deliveredFine,
          deadlines: deadlines({
            decisionDueOn: day(72),
            deliveryDueOn: day(7),
            paymentDueOn: day(15),
          }),
          nextDeadline: dueIn('PAYMENT', 15),
        },
      },
    }),
    base({
      id: 'c2',
      caseNumber: '锦和执立〔2025〕第2号',
      field: 'FIRE_SAFETY',
      status: 'DELIVERED',
      hearingThreshold: organisation,
      party: {
        kind: 'ORGANISATION',
        name: '麻阳锦和建材有限公司',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '滕树林',
        phone: '0745-5123000',
        address: '锦和镇工业园',
        masked: false,
      },
      facts: '占用、堵塞消防车通道。',
      filedOn: day(-60),
      violationDate: day(-62),
      discoveredOn: day(-62),
      steps: steps(6, ['HEARING', 'LEGAL_REVIEW']),
      notice: {
        notifiedOn: day(-50),
        intendedOutcome: outcome('FINE', '20000.00'),
        hearingOffered: false,
        statementAndDefenceNotified: true,
      },
      hearing: { waivedOn: day(-49) },
      decision: {
        number: '锦和罚决字〔2025〕第1号',
        outcome: outcome('FINE', '20000.00'),
        decidedOn: day(-40),
        partyPresent: true,
      },
      delivery: { deliveredOn: day(-40), method: '当场交付' },
      deadlines: deadlines({
        decisionDueOn: day(30),
        deliveryDueOn: day(-40),
        paymentDueOn: day(-25),
        paymentOverdue: true,
        surchargeToday: '15000.00',
        amountDueToday: '35000.00',
      }),
      nextDeadline: dueIn('PAYMENT', -25),
      allowedActions: allowed.deliveredFinePublished,
      next: { EXECUTED: { allowedActions: allowed.executedPublished, nextDeadline: null } },
      refusals: {
        close: {
          rule: 'ENF-09',
          detail: '执法全过程记录不完整：未登记出示执法证件，不能结案。',
        },
      },
      closeChecklist: checklist(['RECORDER_FOOTAGE', 'DOCUMENTS_COMPLETE', 'UNIFORM_WORN']),
      processRecord: {
        recorderFootageRef: 'JH-DV-2025-0031',
        documentsComplete: true,
        documentFiles: [],
        certificatesShown: false,
        uniformWorn: true,
      },
      published: true,
      publication: { publishedOn: day(-39), withdrawnOn: null },
    }),
    base({
      id: 'c3',
      caseNumber: '锦和执立〔2025〕第3号',
      field: 'WATER_TRAFFIC_SAFETY',
      status: 'NOTIFIED',
      hearingThreshold: individual,
      party: {
        kind: 'INDIVIDUAL',
        name: '滕小军',
        idNumber: '110101199003074477',
        phone: '13807451111',
        masked: false,
      },
      facts: '驾驶自用船舶未穿救生衣。',
      steps: steps(3, ['HEARING', 'LEGAL_REVIEW']),
      notice: {
        notifiedOn: day(-3),
        intendedOutcome: outcome('NO_PENALTY_FIRST_VIOLATION'),
        hearingOffered: false,
        statementAndDefenceNotified: true,
      },
      deadlines: deadlines({ decisionDueOn: day(3) }),
      nextDeadline: dueIn('DECISION', 3),
      allowedActions: allowed.notified,
      refusals: {
        decide: {
          rule: 'ENF-08',
          detail: '当事人在本镇有既往违法记录（锦和执立〔2024〕第9号），不适用首违不罚。',
        },
      },
      earlierViolations: [
        {
          caseId: 'c4',
          caseNumber: '锦和执立〔2024〕第9号',
          violationDate: '2024-08-02',
          outcome: 'WARNING',
          decidedOn: '2024-08-02',
        },
      ],
    }),
    base({
      id: 'c4',
      caseNumber: '锦和执立〔2024〕第9号',
      field: 'WATER_TRAFFIC_SAFETY',
      status: 'CLOSED',
      hearingThreshold: individual,
      party: { kind: 'INDIVIDUAL', name: '滕小军', idNumber: '110101199003074477', masked: false },
      facts: '船舶超载。',
      violationDate: '2024-08-02',
      discoveredOn: '2024-08-02',
      filedOn: '2024-08-02',
      procedure: 'SIMPLE',
      steps: steps(9),
      decision: {
        number: '锦和罚决字〔2024〕第5号',
        outcome: outcome('WARNING'),
        decidedOn: '2024-08-02',
        partyPresent: true,
      },
      delivery: { deliveredOn: '2024-08-02' },
      closedOn: '2024-08-05',
      deadlines: deadlines(),
      allowedActions: allowed.closedUnpublished,
      closeChecklist: checklist([
        'RECORDER_FOOTAGE',
        'DOCUMENTS_COMPLETE',
        'CERTIFICATES_SHOWN',
        'UNIFORM_WORN',
      ]),
    }),
    base({
      id: 'c5',
      caseNumber: '锦和执立〔2025〕第5号',
      field: 'NON_COAL_MINE_SAFETY',
      status: 'INVESTIGATING',
      hearingThreshold: organisation,
      party: {
        kind: 'ORGANISATION',
        name: '麻阳锦和采石场',
        creditCode: '91110108551385082Q',
        masked: false,
      },
      facts: '未按规定进行安全生产教育培训。',
      filedOn: day(-95),
      violationDate: day(-100),
      discoveredOn: day(-96),
      major: true,
      steps: steps(1),
      investigation: { startedOn: day(-94) },
      deadlines: deadlines({ decisionDueOn: day(-5), decisionOverdue: true }),
      nextDeadline: dueIn('DECISION', -5),
      allowedActions: allowed.investigating,
      next: { NOTIFIED: { allowedActions: allowed.notified } },
    }),
  ];
}

/** GET .../deadlines as the API answers it for the cases as the tests start: what falls due within 7 days. */
export function initialDeadlines(): DeadlineView[] {
  const of = (id: string, label: string, next: NextDeadline): DeadlineView[] =>
    next ? [{ ...next, recordType: 'enforcement-case', recordId: id, label }] : [];
  return [
    ...of('c2', '锦和执立〔2025〕第2号 麻阳锦和建材有限公司', dueIn('PAYMENT', -25)),
    ...of('c3', '锦和执立〔2025〕第3号 滕小军', dueIn('DECISION', 3)),
    ...of('c5', '锦和执立〔2025〕第5号 麻阳锦和采石场', dueIn('DECISION', -5)),
  ];
}
