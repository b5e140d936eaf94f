import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import { day } from './cases-data';
import { contractAnswers, initialContracts, type ContractRecord } from './contracts-data';
import { ruleViolation } from './rules';

type Schemas = components['schemas'];
type Me = Schemas['Me'];
type ContractView = Schemas['ContractView'];
type ContractSummary = Schemas['ContractSummaryView'];
type ContractRequest = Schemas['ContractRequest'];
type DeadlineView = Schemas['DeadlineView'];

/** The contracts as the tests see them, and the Idempotency-Keys of the registrations (SYS-03). */
export const contractsDb: { contracts: ContractRecord[]; keys: Record<string, string> } = {
  contracts: initialContracts(),
  keys: {},
};

export function resetContracts(): void {
  contractsDb.contracts = initialContracts();
  contractsDb.keys = {};
}

/** A credit code whose check character is wrong, as the API answers it (GB 32100). */
export const wrongCreditCode = '91431226MA4L3JH5XA';

const api = '*/api/v1';

function problem(status: number, fields: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const mask = (value: string | null | undefined) =>
  value
    ? `${value.slice(0, 3)}${'*'.repeat(Math.max(value.length - 7, 0))}${value.slice(-4)}`
    : value;

/** The contract as the caller's role reads it: the verbs allowed to it, personal data whole or masked. */
function view(record: ContractRecord, me: Me): ContractView {
  const leader = me.roles.includes('leader');
  const keeper = leader || me.roles.includes('staff');
  const whole = keeper || me.roles.includes('legal-reviewer');
  const rest: Partial<ContractRecord> = { ...record };
  delete rest.allowed;
  return {
    ...(rest as Omit<ContractRecord, 'allowed'>),
    counterparty: whole
      ? record.counterparty
      : {
          ...record.counterparty,
          idNumber: mask(record.counterparty.idNumber),
          phone: mask(record.counterparty.phone),
          masked: true,
        },
    milestones: record.milestones.map((m) => ({
      ...m,
      allowedActions: keeper ? m.allowedActions : [],
    })),
    amendments: record.amendments.map((a) => ({
      ...a,
      allowedActions: keeper ? a.allowedActions : [],
    })),
    allowedActions: leader ? record.allowed.leader : keeper ? record.allowed.staff : [],
  };
}

function summary(record: ContractRecord): ContractSummary {
  return {
    id: record.id,
    number: record.number,
    title: record.title,
    type: record.type,
    status: record.status,
    counterpartyKind: record.counterparty.kind,
    counterpartyName: record.counterparty.name,
    amount: record.amount,
    term: record.term,
    major: record.major,
    majorReasons: record.majorReasons,
    signedOn: record.signing?.signedOn ?? null,
    paid: record.performance.paid,
    endingSoon: record.performance.endingSoon,
    expired: record.performance.expired,
    overdueMilestones: record.performance.overdueMilestones,
    flagged: record.performance.flagged,
    version: record.version,
  };
}

const daysTo = (dueOn: string) =>
  Math.round((new Date(dueOn).getTime() - new Date(day(0)).getTime()) / 86_400_000);

/** CON-03 on the radar: the end of a contract marked as ending or past it, and its overdue milestones. */
export function contractDeadlines(): DeadlineView[] {
  return contractsDb.contracts
    .filter((record) => record.status === 'PERFORMING')
    .flatMap((record) => {
      const label = `${record.number} ${record.title}`;
      const due = (kind: string, dueOn: string, text: string): DeadlineView => ({
        kind,
        dueOn,
        overdue: daysTo(dueOn) < 0,
        daysLeft: daysTo(dueOn),
        recordType: 'contract',
        recordId: record.id,
        label: text,
      });
      return [
        ...(record.performance.endingSoon || record.performance.expired
          ? [due('CONTRACT_EXPIRY', record.term.endOn, label)]
          : []),
        ...record.milestones
          .filter((milestone) => milestone.status === 'OVERDUE')
          .map((milestone) =>
            due('CONTRACT_MILESTONE', milestone.dueOn, `${label} ${milestone.title}`),
          ),
      ];
    });
}

function find(id: unknown): ContractRecord | undefined {
  return contractsDb.contracts.find((record) => record.id === id);
}

function save(next: ContractRecord, me: Me) {
  const saved = { ...next, version: next.version + 1, updatedAt: new Date().toISOString() };
  contractsDb.contracts = contractsDb.contracts.map((record) =>
    record.id === saved.id ? saved : record,
  );
  return HttpResponse.json(view(saved, me), { headers: { ETag: `"${saved.version}"` } });
}

const keeperOf = (me: Me) => me.roles.includes('staff') || me.roles.includes('leader');

/** An action as the API answers it: 404, 428/412 (SYS-02), 403 for a reader, then the fixture's answer. */
async function act(
  request: Request,
  me: Me,
  id: unknown,
  verb: string,
  allowed: (r: ContractRecord) => boolean,
) {
  const record = find(id);
  if (!record) return problem(404, { title: '记录不存在' });
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch === null) return problem(428, { title: '缺少 If-Match', rule: 'SYS-02' });
  if (ifMatch !== `"${record.version}"`) {
    return problem(412, { title: '记录已被修改', rule: 'SYS-02' });
  }
  if (!keeperOf(me)) return problem(403, { title: '无权进行此操作' });
  if (!allowed(record)) {
    return problem(422, { title: '请求未通过校验', detail: `合同状态不能进行此操作（${verb}）` });
  }
  const answer = contractAnswers[record.id]?.[verb];
  if (answer === 'LR-03') {
    return ruleViolation(
      'LR-03',
      '重大合同（金额达到 500,000.00 元，或属于土地、特许经营、PPP、借款、担保类）须经合法性审查通过后方可审批、签订；本合同尚未送审',
    );
  }
  if (!answer) return problem(500, { title: `the fake has no answer to ${verb} of ${record.id}` });
  return save(answer(record, (await request.json()) as Record<string, unknown>), me);
}

/** The contract ledger as the API answers it (README: Contracts). */
export function contractsHandlers(me: () => Me) {
  const base = `${api}/townships/:township/contracts`;
  const contractVerb = (verb: string) => (record: ContractRecord) =>
    view(record, me()).allowedActions.includes(verb);
  return [
    http.get(base, ({ request }) => {
      const url = new URL(request.url);
      const param = (name: string) => url.searchParams.get(name);
      const number = Number(param('page') ?? 0);
      const size = Number(param('size') ?? 20);
      const q = param('q');
      const within = param('endingWithinDays');
      const [field = 'number', order = 'desc'] = (param('sort') ?? 'number,desc').split(',');
      const key = (record: ContractRecord) =>
        field === 'amount'
          ? Number(record.amount)
          : field === 'endOn'
            ? record.term.endOn
            : Number(/第(\d+)号/.exec(record.number)?.[1] ?? 0);
      const items = contractsDb.contracts
        .filter((record) => !param('status') || record.status === param('status'))
        .filter((record) => !param('type') || record.type === param('type'))
        .filter((record) => param('major') === null || String(record.major) === param('major'))
        .filter((record) => !param('year') || record.number.includes(`〔${param('year')}〕`))
        .filter(
          (record) =>
            !q ||
            record.number.includes(q) ||
            record.title.includes(q) ||
            record.counterparty.name.includes(q),
        )
        .filter(
          (record) =>
            within === null ||
            (record.status === 'PERFORMING' &&
              daysTo(record.term.endOn) >= 0 &&
              daysTo(record.term.endOn) <= Number(within)),
        )
        .filter(
          (record) =>
            param('overdue') !== 'true' ||
            (record.status === 'PERFORMING' &&
              (record.performance.expired || record.performance.overdueMilestones > 0)),
        )
        .sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          return (x < y ? -1 : x > y ? 1 : 0) * (order === 'desc' ? -1 : 1);
        })
        .map(summary);
      return HttpResponse.json({
        items: items.slice(number * size, (number + 1) * size),
        page: number,
        size,
        total: items.length,
        totalIsExact: true,
      });
    }),
    http.get(`${base}/:id`, ({ params }) => {
      const record = find(params.id);
      if (!record) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(view(record, me()), { headers: { ETag: `"${record.version}"` } });
    }),
    http.post(base, async ({ request }) => {
      if (!keeperOf(me())) return problem(403, { title: '无权进行此操作' });
      const key = request.headers.get('Idempotency-Key');
      const first = key ? find(contractsDb.keys[key]) : undefined;
      if (first) {
        return HttpResponse.json(view(first, me()), {
          status: 201,
          headers: { ETag: `"${first.version}"`, 'Idempotent-Replayed': 'true' },
        });
      }
      const body = (await request.json()) as ContractRequest;
      if (body.counterparty.creditCode === wrongCreditCode) {
        return problem(422, {
          title: '请求未通过校验',
          detail: 'counterparty.creditCode: 统一社会信用代码校验码不正确（GB 32100）',
          violations: [
            {
              field: 'counterparty.creditCode',
              message: '统一社会信用代码校验码不正确（GB 32100）',
            },
          ],
        });
      }
      const id = `k${contractsDb.contracts.length + 20}`;
      // the fake judges no contract major (CON-01 is the API's): a test that needs one starts from k11
      const [template] = initialContracts();
      if (!template) throw new Error('no contract template');
      const created: ContractRecord = {
        ...template,
        id,
        number: '锦和合〔2025〕第13号',
        title: body.title,
        type: body.type,
        status: 'DRAFT',
        counterparty: { ...body.counterparty, masked: false },
        amount: body.amount,
        term: body.term,
        department: body.department,
        responsiblePerson: body.responsiblePerson,
        procurementMethod: body.procurementMethod,
        tendered: Boolean(body.tendered),
        summary: body.summary ?? null,
        registeredOn: day(0),
        approval: null,
        signing: null,
        completedOn: null,
        archivedOn: null,
        performance: { ...template.performance, paid: '0.00', unpaid: '0.00' },
        allowed: {
          staff: ['edit', 'submit-for-review', 'add-milestone'],
          leader: ['edit', 'submit-for-review', 'approve', 'add-milestone'],
        },
        version: 0,
      };
      contractsDb.contracts.push(created);
      if (key) contractsDb.keys[key] = id;
      return HttpResponse.json(view(created, me()), {
        status: 201,
        headers: { ETag: '"0"', Location: `/api/v1/townships/jinhe/contracts/${id}` },
      });
    }),
    http.put(`${base}/:id`, async ({ request, params }) => {
      const record = find(params.id);
      if (!record) return problem(404);
      if (request.headers.get('If-Match') !== `"${record.version}"`) {
        return problem(412, { title: '记录已被修改', rule: 'SYS-02' });
      }
      const body = (await request.json()) as ContractRequest;
      return save(
        {
          ...record,
          title: body.title,
          department: body.department,
          responsiblePerson: body.responsiblePerson,
          summary: body.summary ?? null,
        },
        me(),
      );
    }),
    http.post(`${base}/:id/actions/:verb`, ({ request, params }) =>
      act(request, me(), params.id, String(params.verb), contractVerb(String(params.verb))),
    ),
    http.post(`${base}/:id/milestones`, ({ request, params }) =>
      act(request, me(), params.id, 'add-milestone', contractVerb('add-milestone')),
    ),
    http.post(`${base}/:id/payments`, ({ request, params }) =>
      act(request, me(), params.id, 'record-payment', contractVerb('record-payment')),
    ),
    http.post(`${base}/:id/amendments`, ({ request, params }) =>
      act(request, me(), params.id, 'propose-amendment', contractVerb('propose-amendment')),
    ),
    http.post(`${base}/:id/milestones/:number/actions/:verb`, ({ request, params }) =>
      act(request, me(), params.id, `${String(params.verb)}-milestone`, (record) =>
        Boolean(
          record.milestones
            .find((milestone) => String(milestone.number) === params.number)
            ?.allowedActions.includes(String(params.verb)),
        ),
      ),
    ),
    http.post(`${base}/:id/amendments/:number/actions/:verb`, ({ request, params }) =>
      act(
        request,
        me(),
        params.id,
        `${String(params.verb) === 'submit-for-review' ? 'submit' : String(params.verb)}-amendment`,
        (record) =>
          Boolean(
            record.amendments
              .find((amendment) => String(amendment.number) === params.number)
              ?.allowedActions.includes(String(params.verb)),
          ),
      ),
    ),
  ];
}
