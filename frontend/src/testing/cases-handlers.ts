import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import {
  allowed,
  day,
  filedToday,
  initialCases,
  initialDeadlines,
  outcome,
  type AllowedActions,
  type CaseRecord,
} from './cases-data';
import { contractDeadlines } from './contracts-handlers';
import { ruleViolation } from './rules';
import { settingsDb } from './settings-handlers';

type OutcomeView = NonNullable<CaseRecord['decision']>['outcome'];

type Me = components['schemas']['Me'];
type EnforcementCaseRequest = components['schemas']['EnforcementCaseRequest'];
type EnforcementCaseSummary = components['schemas']['EnforcementCaseSummaryView'];
type Problem = components['schemas']['Problem'];
type ProblemFields = { [K in keyof Problem]?: Problem[K] };

/** The enforcement cases and the deadlines radar as the tests see them, reset before each test. */
export const casesDb = { cases: initialCases(), deadlines: initialDeadlines() };

export function resetCases(): void {
  casesDb.cases = initialCases();
  casesDb.deadlines = initialDeadlines();
}

const api = '*/api/v1';

function problem(status: number, fields: ProblemFields = {}) {
  return HttpResponse.json<ProblemFields>(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The case's allowedActions as the API answers the caller: the fixture's answer for the caller's role. */
function allowedFor(record: CaseRecord, me: Me): AllowedActions[keyof AllowedActions] {
  if (me.roles.includes('leader')) return record.allowedActions.leader;
  if (me.roles.includes('officer')) return record.allowedActions.officer;
  return [];
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
  delete rest.nextDeadline;
  delete rest.refusals;
  delete rest.next;
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
    nextDeadline: record.nextDeadline,
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

/** The case moved on to `status`, with what the API answers for it there (the fixture's `next`). */
function moved(record: CaseRecord, status: CaseRecord['status'], changes: Partial<CaseRecord>) {
  const answers = record.next?.[status];
  return {
    ...record,
    ...changes,
    status,
    allowedActions: answers?.allowedActions ?? allowed.none,
    ...(answers?.deadlines ? { deadlines: answers.deadlines } : {}),
    ...(answers?.nextDeadline !== undefined ? { nextDeadline: answers.nextDeadline } : {}),
  };
}

function act(record: CaseRecord, verb: string, body: Body): CaseRecord {
  switch (verb) {
    case 'investigate':
      return moved(record, 'INVESTIGATING', {
        investigation: {
          startedOn: String(body.startedOn),
          summary: (body.summary as string) ?? null,
        },
      });
    case 'notify':
      return moved(record, 'NOTIFIED', {
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
      });
    case 'decide': {
      const decided = body.outcome as OutcomeView;
      return moved(record, 'DECIDED', {
        decision: {
          number: record.next?.DECIDED?.decisionNumber ?? null,
          outcome: { ...decided, ...outcome(decided.kind, decided.fineAmount ?? null) },
          decidedOn: String(body.decidedOn),
          partyPresent: Boolean(body.partyPresent),
        },
      });
    }
    case 'deliver':
      return moved(record, 'DELIVERED', {
        delivery: {
          deliveredOn: String(body.deliveredOn),
          method: (body.method as string) ?? null,
          lateReason: (body.lateReason as string) ?? null,
        },
      });
    case 'execute':
      return moved(record, 'EXECUTED', {
        execution: {
          executedOn: String(body.executedOn),
          amountPaid: (body.amountPaid as string) ?? null,
          // the surcharge the API computed for today
          surcharge: record.deadlines.surchargeToday ?? null,
        },
      });
    case 'close':
      return moved(record, 'CLOSED', { closedOn: String(body.closedOn) });
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
      const settings = settingsDb.jinhe;
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
        ...filedToday(),
        // the township's ENF-06 threshold for the party's kind, as the settings answer it
        hearingThreshold:
          body.party.kind === 'ORGANISATION'
            ? settings.hearingThresholdOrganisation
            : settings.hearingThresholdIndividual,
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
        const verb = String(params.verb);
        if (!allowedFor(record, me()).includes(verb)) {
          return problem(403, { title: '无权进行此操作' });
        }
        const refusal = record.refusals?.[verb];
        if (refusal) return ruleViolation(refusal.rule, refusal.detail);
        return save(act(record, verb, (await request.json()) as Body), me());
      },
    ),
    // the radar of every area: the cases' answer as fixture data, and the contracts' (CON-03)
    http.get(`${api}/townships/:township/deadlines`, () =>
      HttpResponse.json({
        items: [...casesDb.deadlines, ...contractDeadlines()].sort((a, b) =>
          a.dueOn.localeCompare(b.dueOn),
        ),
      }),
    ),
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
