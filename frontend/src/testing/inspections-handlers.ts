import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import type {
  Inspection,
  InspectionItem,
  InspectionItemRequest,
  InspectionPlan,
  InspectionPlanRequest,
  InspectionRequest,
  InspectionResultRequest,
} from '@/features/inspections/types';

import { day } from './governance-data';

type Me = components['schemas']['Me'];
type Officer = components['schemas']['OfficerView'];
type Problem = components['schemas']['Problem'];
type ProblemFields = { [K in keyof Problem]?: Problem[K] };

const stamp = '2025-01-06T09:00:00+08:00';
const listTitle = '《麻阳苗族自治县锦和镇涉企行政检查事项清单》';

function item(partial: Partial<InspectionItem> & Pick<InspectionItem, 'id' | 'code' | 'name'>) {
  return {
    township: 'jinhe',
    listTitle,
    subjects: null,
    legalBasis: '《中华人民共和国安全生产法》第六十五条',
    department: 'EMERGENCY',
    field: 'NON_COAL_MINE_SAFETY',
    method: 'DOUBLE_RANDOM',
    yearlyCap: 2,
    published: true,
    publishedOn: '2025-01-08',
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...partial,
  } satisfies InspectionItem;
}

export function initialItems(): InspectionItem[] {
  return [
    item({ id: 'i1', code: 'JH-JC-001', name: '对非煤矿山企业安全生产条件的检查' }),
    item({
      id: 'i2',
      code: 'JH-JC-002',
      name: '对加油站、人员密集场所消防安全责任落实情况的检查',
      subjects: '辖区内加油站、商场超市、宾馆',
      legalBasis: '《中华人民共和国消防法》第五十三条',
      field: 'FIRE_SAFETY',
      method: 'SPECIAL',
      yearlyCap: 1,
    }),
    item({
      id: 'i3',
      code: 'JH-JC-003',
      name: '对渡口渡船安全管理的日常检查',
      field: 'WATER_TRAFFIC_SAFETY',
      method: 'ROUTINE',
      legalBasis: '《内河交通安全管理条例》第四十三条',
    }),
    item({
      id: 'i4',
      code: 'JH-JC-009',
      name: '对农药经营门店的检查',
      field: 'AGRICULTURE',
      department: 'AGRICULTURE',
      published: false,
      publishedOn: null,
      version: 0,
    }),
  ];
}

export function initialPlans(): InspectionPlan[] {
  return [
    {
      id: 'p1',
      township: 'jinhe',
      year: 2025,
      title: '锦和镇人民政府2025年度涉企行政检查计划',
      targets: { enterpriseKinds: ['砂石场', '加油站', '客运渡口'], enterpriseCount: 15 },
      items: [
        {
          itemId: 'i1',
          code: 'JH-JC-001',
          name: '对非煤矿山企业安全生产条件的检查',
          field: 'NON_COAL_MINE_SAFETY',
          method: 'DOUBLE_RANDOM',
          months: [3, 9],
          quarter: null,
        },
        {
          itemId: 'i2',
          code: 'JH-JC-002',
          name: '对加油站、人员密集场所消防安全责任落实情况的检查',
          field: 'FIRE_SAFETY',
          method: 'SPECIAL',
          months: [],
          quarter: 2,
        },
      ],
      status: 'PUBLISHED',
      filedOn: '2025-01-16',
      filingReference: '麻司行备〔2025〕7号',
      publishedOn: '2025-01-20',
      version: 2,
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'p2',
      township: 'jinhe',
      year: 2026,
      title: '锦和镇人民政府2026年度涉企行政检查计划',
      targets: { enterpriseKinds: ['砂石场'], enterpriseCount: null },
      items: [
        {
          itemId: 'i3',
          code: 'JH-JC-003',
          name: '对渡口渡船安全管理的日常检查',
          field: 'WATER_TRAFFIC_SAFETY',
          method: 'ROUTINE',
          months: [],
          quarter: 1,
        },
      ],
      status: 'DRAFT',
      filedOn: null,
      filingReference: null,
      publishedOn: null,
      version: 0,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
}

const team = [
  { id: 'o1', name: '杨志远', certificateNumber: '湘4312o1' },
  { id: 'o2', name: '龙秀英', certificateNumber: '湘4312o2' },
];

function inspection(partial: Partial<Inspection> & Pick<Inspection, 'id'>): Inspection {
  return {
    township: 'jinhe',
    enterprise: { name: '锦和镇兴旺砂石场', creditCode: '91350100M000100Y43' },
    item: {
      id: 'i1',
      code: 'JH-JC-001',
      name: '对非煤矿山企业安全生产条件的检查',
      method: 'DOUBLE_RANDOM',
    },
    field: 'NON_COAL_MINE_SAFETY',
    officers: team,
    plannedOn: day(5),
    inspectedOn: null,
    countedOn: day(5),
    reason: 'PLANNED',
    reasonNote: null,
    status: 'PROPOSED',
    approvedOn: null,
    approvedBy: null,
    beyondYearlyCap: false,
    notifiedOn: null,
    result: null,
    findings: null,
    rectificationDueOn: null,
    caseReference: null,
    version: 0,
    createdAt: stamp,
    updatedAt: stamp,
    ...partial,
  };
}

export function initialInspections(): Inspection[] {
  return [
    inspection({
      id: 's1',
      plannedOn: day(-20),
      inspectedOn: day(-20),
      countedOn: day(-20),
      status: 'DONE',
      approvedOn: day(-30),
      approvedBy: 'leader',
      notifiedOn: day(-25),
      result: 'RECTIFICATION_ORDERED',
      findings: '边坡未按设计放坡，安全警示标志缺失',
      rectificationDueOn: day(10),
      version: 3,
    }),
    inspection({
      id: 's2',
      enterprise: { name: '锦和加油站', creditCode: '91110108551385082Q' },
      item: {
        id: 'i2',
        code: 'JH-JC-002',
        name: '对加油站、人员密集场所消防安全责任落实情况的检查',
        method: 'SPECIAL',
      },
      field: 'FIRE_SAFETY',
      reason: 'CASE_TRIGGERED',
      reasonNote: '群众举报消防通道堵塞',
    }),
    inspection({
      id: 's3',
      enterprise: { name: '锦和客运渡口', creditCode: '91440300708461136T' },
      item: {
        id: 'i3',
        code: 'JH-JC-003',
        name: '对渡口渡船安全管理的日常检查',
        method: 'ROUTINE',
      },
      field: 'WATER_TRAFFIC_SAFETY',
      plannedOn: day(-1),
      countedOn: day(-1),
      status: 'NOTIFIED',
      approvedOn: day(-6),
      approvedBy: 'leader',
      notifiedOn: day(-3),
      version: 2,
    }),
  ];
}

export const inspectionsDb = {
  items: initialItems(),
  plans: initialPlans(),
  inspections: initialInspections(),
};

export function resetInspections(): void {
  inspectionsDb.items = initialItems();
  inspectionsDb.plans = initialPlans();
  inspectionsDb.inspections = initialInspections();
}

function problem(status: number, fields: ProblemFields = {}) {
  return HttpResponse.json<ProblemFields>(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const api = '*/api/v1';
const etag = (record: { version: number }) => ({ ETag: `"${record.version}"` });
const today = () => new Date().toISOString().slice(0, 10);

function page<T>(request: Request, items: T[]) {
  const url = new URL(request.url);
  const number = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 20);
  return HttpResponse.json({
    items: items.slice(number * size, (number + 1) * size),
    page: number,
    size,
    total: items.length,
    totalIsExact: true,
  });
}

type Store<T> = { all: () => T[]; set: (items: T[]) => void };

/** 404, 428 or 412 for a change of a record, or null when it may go ahead. */
function guard<T extends { id: string; version: number }>(
  request: Request,
  store: Store<T>,
  id: unknown,
): { refused: Response } | { record: T } {
  const record = store.all().find((candidate) => candidate.id === id);
  if (!record) return { refused: problem(404, { title: '记录不存在' }) };
  const ifMatch = request.headers.get('If-Match');
  if (!ifMatch) return { refused: problem(428, { title: '缺少 If-Match' }) };
  if (ifMatch !== `"${record.version}"`)
    return { refused: problem(412, { title: '记录已被修改' }) };
  return { record };
}

function saved<T extends { id: string; version: number }>(store: Store<T>, next: T) {
  store.set(store.all().map((candidate) => (candidate.id === next.id ? next : candidate)));
  return HttpResponse.json(next, { headers: etag(next) });
}

const items: Store<InspectionItem> = {
  all: () => inspectionsDb.items,
  set: (next) => (inspectionsDb.items = next),
};
const plans: Store<InspectionPlan> = {
  all: () => inspectionsDb.plans,
  set: (next) => (inspectionsDb.plans = next),
};
const inspections: Store<Inspection> = {
  all: () => inspectionsDb.inspections,
  set: (next) => (inspectionsDb.inspections = next),
};

function fromRequest(body: InspectionRequest, base: Inspection, officers: Officer[]): Inspection {
  const cited = inspectionsDb.items.find((candidate) => candidate.id === body.itemId);
  return {
    ...base,
    enterprise: { name: body.enterprise.name, creditCode: body.enterprise.creditCode ?? '' },
    item: cited
      ? { id: cited.id, code: cited.code, name: cited.name, method: cited.method }
      : base.item,
    field: cited?.field ?? base.field,
    officers: officers
      .filter((officer) => body.officerIds.includes(officer.id))
      .map((officer) => ({
        id: officer.id,
        name: officer.name,
        certificateNumber: officer.certificate?.number ?? null,
      })),
    plannedOn: body.plannedOn,
    countedOn: body.plannedOn,
    reason: body.reason,
    reasonNote: body.reasonNote ?? null,
  };
}

function plannedItems(body: InspectionPlanRequest): InspectionPlan['items'] {
  return body.items.map((planned) => {
    const cited = inspectionsDb.items.find((candidate) => candidate.id === planned.itemId);
    return {
      itemId: planned.itemId ?? '',
      code: cited?.code ?? '',
      name: cited?.name ?? '',
      field: cited?.field ?? 'OTHER',
      method: cited?.method ?? 'ROUTINE',
      months: planned.months ?? [],
      quarter: planned.quarter ?? null,
    };
  });
}

/** The inspections area of the API (items list, yearly plans, inspections), as the tests see it. */
export function inspectionsHandlers(me: () => Me, officers: () => Officer[]) {
  const leader = () => me().roles.includes('leader');
  return [
    http.get(`${api}/townships/:township/inspection-items`, ({ request }) => {
      const url = new URL(request.url);
      const want = (key: string) => url.searchParams.get(key);
      const q = want('q');
      return page(
        request,
        inspectionsDb.items.filter(
          (candidate) =>
            (!want('field') || candidate.field === want('field')) &&
            (!want('method') || candidate.method === want('method')) &&
            (!want('department') || candidate.department === want('department')) &&
            (!want('published') || String(candidate.published) === want('published')) &&
            (!q || candidate.code.includes(q) || candidate.name.includes(q)),
        ),
      );
    }),
    http.get(`${api}/townships/:township/inspection-items/:id`, ({ params }) => {
      const found = inspectionsDb.items.find((candidate) => candidate.id === params.id);
      if (!found) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(found, { headers: etag(found) });
    }),
    http.post(`${api}/townships/:township/inspection-items`, async ({ request }) => {
      const body = (await request.json()) as InspectionItemRequest;
      const created = item({
        ...body,
        yearlyCap: body.yearlyCap ?? 2,
        id: `i${inspectionsDb.items.length + 1}`,
        published: false,
        publishedOn: null,
        version: 0,
      });
      inspectionsDb.items.push(created);
      return HttpResponse.json(created, { status: 201, headers: etag(created) });
    }),
    http.put(`${api}/townships/:township/inspection-items/:id`, async ({ request, params }) => {
      const checked = guard(request, items, params.id);
      if ('refused' in checked) return checked.refused;
      const body = (await request.json()) as InspectionItemRequest;
      const { record } = checked;
      return saved(items, {
        ...record,
        ...body,
        yearlyCap: body.yearlyCap ?? record.yearlyCap,
        version: record.version + 1,
      });
    }),
    http.post(
      `${api}/townships/:township/inspection-items/:id/actions/publish`,
      ({ request, params }) => {
        if (!leader()) return problem(403, { title: '无权执行此操作' });
        const checked = guard(request, items, params.id);
        if ('refused' in checked) return checked.refused;
        const { record } = checked;
        return saved(items, {
          ...record,
          published: true,
          publishedOn: today(),
          version: record.version + 1,
        });
      },
    ),
    http.get(`${api}/townships/:township/inspection-plans`, ({ request }) => {
      const url = new URL(request.url);
      const year = url.searchParams.get('year');
      const status = url.searchParams.get('status');
      return page(
        request,
        inspectionsDb.plans.filter(
          (plan) => (!year || String(plan.year) === year) && (!status || plan.status === status),
        ),
      );
    }),
    http.get(`${api}/townships/:township/inspection-plans/:id`, ({ params }) => {
      const found = inspectionsDb.plans.find((plan) => plan.id === params.id);
      if (!found) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(found, { headers: etag(found) });
    }),
    http.post(`${api}/townships/:township/inspection-plans`, async ({ request }) => {
      const body = (await request.json()) as InspectionPlanRequest;
      const created: InspectionPlan = {
        id: `p${inspectionsDb.plans.length + 1}`,
        township: 'jinhe',
        year: body.year,
        title: body.title,
        targets: {
          enterpriseKinds: body.targets?.enterpriseKinds ?? [],
          enterpriseCount: body.targets?.enterpriseCount ?? null,
        },
        items: plannedItems(body),
        status: 'DRAFT',
        filedOn: null,
        filingReference: null,
        publishedOn: null,
        version: 0,
        createdAt: stamp,
        updatedAt: stamp,
      };
      inspectionsDb.plans.push(created);
      return HttpResponse.json(created, { status: 201, headers: etag(created) });
    }),
    http.put(`${api}/townships/:township/inspection-plans/:id`, async ({ request, params }) => {
      const checked = guard(request, plans, params.id);
      if ('refused' in checked) return checked.refused;
      const body = (await request.json()) as InspectionPlanRequest;
      const { record } = checked;
      return saved(plans, {
        ...record,
        year: body.year,
        title: body.title,
        items: plannedItems(body),
        version: record.version + 1,
      });
    }),
    http.post(
      `${api}/townships/:township/inspection-plans/:id/actions/:verb`,
      async ({ request, params }) => {
        if (!leader()) return problem(403, { title: '无权执行此操作' });
        const checked = guard(request, plans, params.id);
        if ('refused' in checked) return checked.refused;
        const { record } = checked;
        if (params.verb === 'file') {
          const body = (await request.json()) as { filedOn: string; filingReference: string };
          return saved(plans, {
            ...record,
            ...body,
            status: 'FILED',
            version: record.version + 1,
          });
        }
        return saved(plans, {
          ...record,
          status: 'PUBLISHED',
          publishedOn: today(),
          version: record.version + 1,
        });
      },
    ),
    http.get(`${api}/townships/:township/inspections`, ({ request }) => {
      const url = new URL(request.url);
      const want = (key: string) => url.searchParams.get(key);
      const q = want('q');
      return page(
        request,
        inspectionsDb.inspections.filter(
          (candidate) =>
            (!want('status') || candidate.status === want('status')) &&
            (!want('field') || candidate.field === want('field')) &&
            (!want('reason') || candidate.reason === want('reason')) &&
            (!want('result') || candidate.result === want('result')) &&
            (!want('creditCode') || candidate.enterprise.creditCode === want('creditCode')) &&
            (!want('year') || candidate.countedOn.startsWith(want('year') ?? '')) &&
            (!q || candidate.enterprise.name.includes(q)),
        ),
      );
    }),
    http.get(`${api}/townships/:township/inspections/:id`, ({ params }) => {
      const found = inspectionsDb.inspections.find((candidate) => candidate.id === params.id);
      if (!found) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(found, { headers: etag(found) });
    }),
    http.post(`${api}/townships/:township/inspections`, async ({ request }) => {
      const body = (await request.json()) as InspectionRequest;
      const created = fromRequest(
        body,
        inspection({ id: `s${inspectionsDb.inspections.length + 1}` }),
        officers(),
      );
      inspectionsDb.inspections.push(created);
      return HttpResponse.json(created, { status: 201, headers: etag(created) });
    }),
    http.put(`${api}/townships/:township/inspections/:id`, async ({ request, params }) => {
      const checked = guard(request, inspections, params.id);
      if ('refused' in checked) return checked.refused;
      const body = (await request.json()) as InspectionRequest;
      const { record } = checked;
      return saved(inspections, {
        ...fromRequest(body, record, officers()),
        version: record.version + 1,
      });
    }),
    http.post(
      `${api}/townships/:township/inspections/:id/actions/:verb`,
      async ({ request, params }) => {
        const checked = guard(request, inspections, params.id);
        if ('refused' in checked) return checked.refused;
        const { record } = checked;
        const next = { ...record, version: record.version + 1 };
        switch (params.verb) {
          case 'approve': {
            if (!leader()) return problem(403, { title: '无权执行此操作' });
            const body = (await request.json()) as { exceedYearlyCap?: boolean };
            return saved(inspections, {
              ...next,
              status: 'APPROVED',
              approvedOn: today(),
              approvedBy: me().username,
              beyondYearlyCap: Boolean(body.exceedYearlyCap),
            });
          }
          case 'notify': {
            const body = (await request.json()) as { notifiedOn: string };
            return saved(inspections, { ...next, status: 'NOTIFIED', notifiedOn: body.notifiedOn });
          }
          default: {
            const body = (await request.json()) as InspectionResultRequest;
            return saved(inspections, {
              ...next,
              ...body,
              status: 'DONE',
              countedOn: body.inspectedOn,
            });
          }
        }
      },
    ),
    http.get(`${api}/public/townships/:township/inspection-items`, ({ request }) =>
      page(
        request,
        inspectionsDb.items
          .filter((candidate) => candidate.published)
          .map((published) => ({
            id: published.id,
            listTitle: published.listTitle,
            code: published.code,
            name: published.name,
            subjects: published.subjects,
            legalBasis: published.legalBasis,
            department: published.department,
            field: published.field,
            method: published.method,
            yearlyCap: published.yearlyCap,
            publishedOn: published.publishedOn,
          })),
      ),
    ),
    http.get(`${api}/public/townships/:township/inspection-plans`, ({ request }) =>
      page(
        request,
        inspectionsDb.plans
          .filter((plan) => plan.status === 'PUBLISHED')
          .map((plan) => ({
            id: plan.id,
            year: plan.year,
            title: plan.title,
            targets: plan.targets,
            items: plan.items,
            filedOn: plan.filedOn,
            filingReference: plan.filingReference,
            publishedOn: plan.publishedOn,
          })),
      ),
    ),
  ];
}
