import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import { day, deadlines, initialCases, outcome, type CaseRecord } from './cases-data';
import { contractDeadlines } from './contracts-handlers';
import { ruleViolation } from './rules';

type OutcomeView = NonNullable<CaseRecord['decision']>['outcome'];

type Me = components['schemas']['Me'];
type EnforcementCaseRequest = components['schemas']['EnforcementCaseRequest'];
type EnforcementCaseSummary = components['schemas']['EnforcementCaseSummaryView'];
type Problem = components['schemas']['Problem'];
type ProblemFields = { [K in keyof Problem]?: Problem[K] };

/** The enforcement cases as the tests see them, reset before each test. */
export const casesDb = { cases: initialCases() };

export function resetCases(): void {
  casesDb.cases = initialCases();
}

const api = '*/api/v1';

function problem(status: number, fields: ProblemFields = {}) {
  return HttpResponse.json<ProblemFields>(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const isPenalty = (outcome: OutcomeView | null | undefined) =>
  outcome?.kind === 'WARNING' || outcome?.kind === 'FINE' || outcome?.kind === 'OTHER';

/** The actions a role may take on a case in its state, as the API would answer. */
function allowedFor(record: CaseRecord, me: Me): string[] {
  const acts = me.roles.includes('officer') || me.roles.includes('leader');
  const leader = me.roles.includes('leader');
  if (!acts) return [];
  const verbs: string[] = [];
  if (record.status === 'FILED' || record.status === 'INVESTIGATING') verbs.push('edit');
  const penalty = isPenalty(record.decision?.outcome);
  switch (record.status) {
    case 'FILED':
      verbs.push('investigate', 'notify');
      break;
    case 'INVESTIGATING':
      verbs.push('notify');
      if (record.major) verbs.push('request-legal-review');
      break;
    case 'NOTIFIED':
      if (record.notice?.hearingOffered && !record.hearing?.waivedOn) {
        verbs.push('waive-hearing', 'request-hearing');
      }
      if (record.major) verbs.push('request-legal-review');
      verbs.push('decide');
      break;
    case 'HEARING_REQUESTED':
      verbs.push('hold-hearing');
      break;
    case 'HEARING_HELD':
      verbs.push('request-legal-review', 'decide');
      break;
    case 'DECIDED':
      verbs.push('deliver');
      break;
    case 'DELIVERED':
      if (record.decision?.outcome.kind === 'FINE' || record.decision?.outcome.kind === 'OTHER') {
        verbs.push('execute');
      } else {
        verbs.push('record-process', 'close');
      }
      break;
    case 'EXECUTED':
      verbs.push('record-process', 'close');
      break;
    default:
      break;
  }
  if (
    leader &&
    record.procedure === 'ORDINARY' &&
    !record.decision &&
    record.status !== 'REVOKED'
  ) {
    verbs.push('approve-extension');
  }
  const decided = ['DECIDED', 'DELIVERED', 'EXECUTED', 'CLOSED'].includes(record.status);
  if (leader && decided && penalty && !record.published) verbs.push('publish');
  if (leader && decided) verbs.push('revoke');
  return verbs;
}

const mask = (value: string | null | undefined) =>
  value
    ? `${value.slice(0, 3)}${'*'.repeat(Math.max(value.length - 7, 0))}${value.slice(-4)}`
    : value;

/** The case as the caller may see it: personal data whole for officers and leaders only. */
function view(record: CaseRecord, me: Me) {
  const whole = me.roles.includes('officer') || me.roles.includes('leader');
  const rest: Partial<CaseRecord> = { ...record };
  delete rest.published;
  return {
    ...rest,
    party: whole
      ? record.party
      : {
          ...record.party,
          idNumber: mask(record.party.idNumber),
          phone: mask(record.party.phone),
          masked: true,
        },
    allowedActions: allowedFor(record, me),
  };
}

const daysTo = (dueOn: string) =>
  Math.round((new Date(dueOn).getTime() - new Date(day(0)).getTime()) / 86_400_000);

function nextDeadline(record: CaseRecord): EnforcementCaseSummary['nextDeadline'] {
  const d = record.deadlines;
  const due = (kind: 'DECISION' | 'DELIVERY' | 'PAYMENT', dueOn: string, overdue: boolean) => ({
    kind,
    dueOn,
    overdue,
    daysLeft: daysTo(dueOn),
  });
  if (record.status === 'CLOSED' || record.status === 'REVOKED') return null;
  if (!record.decision && d.decisionDueOn)
    return due('DECISION', d.decisionDueOn, d.decisionOverdue);
  if (!record.delivery && d.deliveryDueOn)
    return due('DELIVERY', d.deliveryDueOn, d.deliveryOverdue);
  if (!record.execution && d.paymentDueOn) return due('PAYMENT', d.paymentDueOn, d.paymentOverdue);
  return null;
}

function summary(record: CaseRecord): EnforcementCaseSummary {
  return {
    id: record.id,
    caseNumber: record.caseNumber,
    field: record.field,
    procedure: record.procedure,
    status: record.status,
    party: { kind: record.party.kind, name: record.party.name },
    violationDate: record.violationDate,
    filedOn: record.filedOn,
    outcome: record.decision
      ? { kind: record.decision.outcome.kind, fineAmount: record.decision.outcome.fineAmount }
      : null,
    decisionNumber: record.decision?.number ?? null,
    nextDeadline: nextDeadline(record),
    version: record.version,
  };
}

function find(id: unknown): CaseRecord | undefined {
  return casesDb.cases.find((record) => record.id === id);
}

function save(updated: CaseRecord, me: Me) {
  const next = { ...updated, version: updated.version + 1 };
  casesDb.cases = casesDb.cases.map((record) => (record.id === next.id ? next : record));
  return HttpResponse.json(view(next, me), { headers: { ETag: `"${next.version}"` } });
}

type Body = Record<string, unknown> & { outcome?: OutcomeView; intendedOutcome?: OutcomeView };

function act(record: CaseRecord, verb: string, body: Body): CaseRecord | Response {
  switch (verb) {
    case 'investigate':
      return {
        ...record,
        status: 'INVESTIGATING',
        investigation: {
          startedOn: String(body.startedOn),
          summary: (body.summary as string) ?? null,
        },
      };
    case 'notify':
      return {
        ...record,
        status: 'NOTIFIED',
        notice: {
          notifiedOn: String(body.notifiedOn),
          intendedOutcome: outcome(
            (body.intendedOutcome as OutcomeView).kind,
            (body.intendedOutcome as OutcomeView).fineAmount ?? null,
          ),
          hearingOffered: Boolean(body.hearingOffered),
          statementAndDefenceNotified: Boolean(body.statementAndDefenceNotified),
          method: (body.method as string) ?? null,
        },
      };
    case 'decide': {
      const decided = { ...(body.outcome as OutcomeView) };
      decided.penalty = isPenalty(decided);
      if (decided.kind === 'NO_PENALTY_FIRST_VIOLATION' && record.earlierViolations.length > 0) {
        return ruleViolation(
          'ENF-08',
          '当事人在本镇有既往违法记录（锦和执立〔2024〕第9号），不适用首违不罚。',
        );
      }
      return {
        ...record,
        status: 'DECIDED',
        decision: {
          number: decided.penalty ? '锦和罚决字〔2025〕第8号' : null,
          outcome: decided,
          decidedOn: String(body.decidedOn),
          partyPresent: Boolean(body.partyPresent),
        },
        deadlines: { ...record.deadlines, deliveryDueOn: day(7) },
      };
    }
    case 'deliver':
      return {
        ...record,
        status: 'DELIVERED',
        delivery: {
          deliveredOn: String(body.deliveredOn),
          method: (body.method as string) ?? null,
          lateReason: (body.lateReason as string) ?? null,
        },
        deadlines: { ...record.deadlines, paymentDueOn: day(15) },
      };
    case 'execute':
      return {
        ...record,
        status: 'EXECUTED',
        execution: {
          executedOn: String(body.executedOn),
          amountPaid: (body.amountPaid as string) ?? null,
          surcharge: record.deadlines.surchargeToday ?? null,
        },
      };
    case 'close':
      if (record.closeChecklist.some((item) => !item.done)) {
        return ruleViolation('ENF-09', '执法全过程记录不完整：未登记出示执法证件，不能结案。');
      }
      return { ...record, status: 'CLOSED', closedOn: String(body.closedOn) };
    case 'publish':
      return {
        ...record,
        published: true,
        publication: { publishedOn: String(body.publishedOn), withdrawnOn: null },
      };
    default:
      return record;
  }
}

export function casesHandlers(me: () => Me) {
  return [
    http.get(`${api}/townships/:township/enforcement-cases`, ({ request }) => {
      const url = new URL(request.url);
      const number = Number(url.searchParams.get('page') ?? 0);
      const size = Number(url.searchParams.get('size') ?? 20);
      const status = url.searchParams.get('status');
      const field = url.searchParams.get('field');
      const q = url.searchParams.get('q');
      const items = casesDb.cases
        .filter((record) => !status || record.status === status)
        .filter((record) => !field || record.field === field)
        .filter(
          (record) =>
            !q ||
            record.caseNumber.includes(q) ||
            record.party.name.includes(q) ||
            Boolean(record.decision?.number?.includes(q)),
        )
        .sort((a, b) => b.filedOn.localeCompare(a.filedOn))
        .map(summary);
      return HttpResponse.json({
        items: items.slice(number * size, (number + 1) * size),
        page: number,
        size,
        total: items.length,
        totalIsExact: true,
      });
    }),
    http.get(`${api}/townships/:township/enforcement-cases/:id`, ({ params }) => {
      const record = find(params.id);
      if (!record) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(view(record, me()), { headers: { ETag: `"${record.version}"` } });
    }),
    http.post(`${api}/townships/:township/enforcement-cases`, async ({ request }) => {
      const body = (await request.json()) as EnforcementCaseRequest;
      if (body.officerIds.length < 2) {
        return ruleViolation('ENF-01', '执法人员不得少于两人。');
      }
      const id = `c${casesDb.cases.length + 10}`;
      const created: CaseRecord = {
        ...(initialCases()[0] as CaseRecord),
        id,
        caseNumber: `锦和执立〔2025〕第${casesDb.cases.length + 10}号`,
        status: 'FILED',
        field: body.field,
        procedure: body.procedure,
        party: { ...body.party, masked: false },
        facts: body.facts ?? '',
        place: body.place,
        violationDate: body.violationDate ?? '',
        discoveredOn: body.discoveredOn ?? '',
        harmsLifeHealthOrProperty: Boolean(body.harmsLifeHealthOrProperty),
        major: Boolean(body.major),
        deadlines: deadlines({ decisionDueOn: day(90) }),
        filedOn: body.filedOn ?? day(0),
        notice: null,
        investigation: null,
        version: 0,
      };
      casesDb.cases.push(created);
      return HttpResponse.json(view(created, me()), {
        status: 201,
        headers: { ETag: '"0"', Location: `/api/v1/townships/jinhe/enforcement-cases/${id}` },
      });
    }),
    http.put(`${api}/townships/:township/enforcement-cases/:id`, async ({ request, params }) => {
      const record = find(params.id);
      if (!record) return problem(404);
      if (request.headers.get('If-Match') !== `"${record.version}"`) {
        return problem(412, { title: '记录已被修改', rule: 'SYS-02' });
      }
      const body = (await request.json()) as EnforcementCaseRequest;
      return save(
        {
          ...record,
          party: { ...body.party, masked: false },
          facts: body.facts ?? record.facts,
          place: body.place,
          major: Boolean(body.major),
        },
        me(),
      );
    }),
    http.post(
      `${api}/townships/:township/enforcement-cases/:id/actions/:verb`,
      async ({ request, params }) => {
        const record = find(params.id);
        if (!record) return problem(404);
        const ifMatch = request.headers.get('If-Match');
        if (ifMatch === null) return problem(428, { title: '缺少 If-Match' });
        if (ifMatch !== `"${record.version}"`) {
          return problem(412, { title: '记录已被修改', rule: 'SYS-02' });
        }
        if (!allowedFor(record, me()).includes(String(params.verb))) {
          return problem(403, { title: '无权进行此操作' });
        }
        const outcome = act(record, String(params.verb), (await request.json()) as Body);
        if (outcome instanceof Response) return outcome;
        return save(outcome, me());
      },
    ),
    // the radar of every area: the cases' next deadlines within the period, the contracts' (CON-03)
    http.get(`${api}/townships/:township/deadlines`, ({ request }) => {
      const within = new URL(request.url).searchParams.get('within') ?? 'P7D';
      const days = Number(/^P(\d+)D$/.exec(within)?.[1] ?? 7);
      const items = [
        ...casesDb.cases.flatMap((record) => {
          const next = nextDeadline(record);
          if (!next) return [];
          if (next.daysLeft > days) return [];
          return [
            {
              ...next,
              recordType: 'enforcement-case',
              recordId: record.id,
              label: `${record.caseNumber} ${record.party.name}`,
            },
          ];
        }),
        ...contractDeadlines(),
      ].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.label.localeCompare(b.label));
      return HttpResponse.json({ asOf: day(0), within, until: day(days), items });
    }),
    http.get(`${api}/public/townships/:township/penalty-decisions`, ({ params }) => {
      if (params.township !== 'jinhe') return problem(404, { title: '乡镇不存在' });
      const items = casesDb.cases
        .filter((record) => record.published && record.decision && !record.publication?.withdrawnOn)
        .map((record) => ({
          decisionNumber: record.decision?.number ?? '',
          field: record.field,
          partyName:
            record.party.kind === 'INDIVIDUAL'
              ? `${record.party.name.slice(0, 1)}某`
              : record.party.name,
          facts: record.facts,
          outcome: {
            kind: record.decision?.outcome.kind ?? 'FINE',
            fineAmount: record.decision?.outcome.fineAmount ?? null,
          },
          decidedOn: record.decision?.decidedOn ?? '',
          publishedOn: record.publication?.publishedOn ?? '',
        }));
      return HttpResponse.json({
        items,
        page: 0,
        size: 20,
        total: items.length,
        totalIsExact: true,
      });
    }),
  ];
}
