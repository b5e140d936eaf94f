import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import type { EnforcementMatter, EnforcementMatterRequest } from '@/features/matters/types';
import type {
  ExamRegistration,
  ExamRegistrationRequest,
  ExamResultRequest,
} from '@/features/officers/types';

import { day } from './governance-data';

type Me = components['schemas']['Me'];
type Problem = components['schemas']['Problem'];
type ProblemFields = { [K in keyof Problem]?: Problem[K] };

const stamp = '2025-03-03T09:00:00+08:00';

function matter(partial: Partial<EnforcementMatter> & Pick<EnforcementMatter, 'id' | 'code'>) {
  return {
    township: 'jinhe',
    name: '事项',
    kind: 'PENALTY',
    field: 'FIRE_SAFETY',
    legalBasis: '《中华人民共和国消防法》第五十八条',
    department: 'EMERGENCY',
    source: 'COUNTY_DELEGATED',
    delegationReference: '麻政发〔2024〕8号',
    published: true,
    publishedOn: '2025-03-10',
    withdrawnOn: null,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...partial,
  } satisfies EnforcementMatter;
}

/** Jinhe's enforcement matters as the tests start: two published, one draft, one withdrawn. */
export function initialMatters(): EnforcementMatter[] {
  return [
    matter({
      id: 'm1',
      code: 'JH-CF-001',
      name: '对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚',
    }),
    matter({
      id: 'm2',
      code: 'JH-CF-002',
      name: '对在道路上违法停放机动车妨碍通行的处罚',
      field: 'ROAD_TRAFFIC_SAFETY',
      legalBasis: '《中华人民共和国道路交通安全法》第九十三条',
      department: 'COMPREHENSIVE',
    }),
    matter({
      id: 'm3',
      code: 'JH-JC-001',
      name: '对非煤矿山企业安全生产条件的行政检查',
      kind: 'INSPECTION',
      field: 'NON_COAL_MINE_SAFETY',
      legalBasis: '《中华人民共和国安全生产法》第六十五条',
      source: 'OWN',
      delegationReference: null,
      published: false,
      publishedOn: null,
    }),
    matter({
      id: 'm4',
      code: 'JH-QZ-001',
      name: '对违法运输渡船的扣押',
      kind: 'COERCION',
      field: 'WATER_TRAFFIC_SAFETY',
      legalBasis: '《内河交通安全管理条例》第七十五条',
      published: false,
      withdrawnOn: '2025-05-01',
    }),
  ];
}

function registration(
  partial: Partial<ExamRegistration> & Pick<ExamRegistration, 'id' | 'personName'>,
): ExamRegistration {
  return {
    township: 'jinhe',
    department: 'EMERGENCY',
    officerId: null,
    examYear: 2025,
    examDate: day(-10),
    registeredOn: day(-60),
    status: 'REGISTERED',
    score: null,
    certificate: null,
    resultRecordedOn: null,
    version: 0,
    createdAt: stamp,
    updatedAt: stamp,
    ...partial,
  };
}

/** Three registrations for the certificate exam: one passed, one waiting for its result, one to come. */
export function initialRegistrations(): ExamRegistration[] {
  return [
    registration({
      id: 'e1',
      personName: '向明辉',
      status: 'PASSED',
      score: 86,
      officerId: 'o9',
      certificate: { number: '湘执法43122600188', issuedOn: day(-5), expiresOn: day(1820) },
      resultRecordedOn: day(-5),
      version: 1,
    }),
    registration({ id: 'e2', personName: '田小芳', department: 'AGRICULTURE' }),
    registration({
      id: 'e3',
      personName: '吴德明',
      department: 'FORESTRY',
      officerId: 'o3',
      examDate: day(30),
      registeredOn: day(-2),
    }),
  ];
}

export const mattersDb = { matters: initialMatters(), registrations: initialRegistrations() };

export function resetMatters(): void {
  mattersDb.matters = initialMatters();
  mattersDb.registrations = initialRegistrations();
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

function filtered(url: URL, items: EnforcementMatter[]) {
  const want = (key: string) => url.searchParams.get(key);
  const q = want('q');
  return items.filter(
    (m) =>
      (!want('kind') || m.kind === want('kind')) &&
      (!want('field') || m.field === want('field')) &&
      (!want('department') || m.department === want('department')) &&
      (!want('source') || m.source === want('source')) &&
      (!want('published') || String(m.published) === want('published')) &&
      (!q || m.code.includes(q) || m.name.includes(q) || m.legalBasis.includes(q)),
  );
}

/** The enforcement matters area of the API, as the tests see it. */
export function mattersHandlers(me: () => Me) {
  const find = (id: unknown) => mattersDb.matters.find((m) => m.id === id);
  const save = (next: EnforcementMatter) => {
    mattersDb.matters = mattersDb.matters.map((m) => (m.id === next.id ? next : m));
    return HttpResponse.json(next, { headers: etag(next) });
  };
  const guard = (request: Request, record: EnforcementMatter | undefined) => {
    if (!record) return problem(404, { title: '记录不存在' });
    const ifMatch = request.headers.get('If-Match');
    if (!ifMatch) return problem(428, { title: '缺少 If-Match' });
    if (ifMatch !== `"${record.version}"`) return problem(412, { title: '记录已被修改' });
    return null;
  };
  return [
    http.get(`${api}/townships/:township/enforcement-matters`, ({ request }) =>
      page(request, filtered(new URL(request.url), mattersDb.matters)),
    ),
    http.get(`${api}/townships/:township/enforcement-matters/:id`, ({ params }) => {
      const found = find(params.id);
      if (!found) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(found, { headers: etag(found) });
    }),
    http.post(`${api}/townships/:township/enforcement-matters`, async ({ request }) => {
      const body = (await request.json()) as EnforcementMatterRequest;
      if (mattersDb.matters.some((m) => m.code === body.code)) {
        return problem(422, {
          title: '提交的内容有误',
          violations: [{ field: 'code', message: `事项编码 ${body.code} 已被使用` }],
        });
      }
      const created = matter({
        ...body,
        id: `m${mattersDb.matters.length + 1}`,
        published: false,
        publishedOn: null,
        version: 0,
      });
      mattersDb.matters.push(created);
      return HttpResponse.json(created, { status: 201, headers: etag(created) });
    }),
    http.put(`${api}/townships/:township/enforcement-matters/:id`, async ({ request, params }) => {
      const found = find(params.id);
      const refused = guard(request, found);
      if (refused) return refused;
      if (!found) return problem(404);
      const body = (await request.json()) as EnforcementMatterRequest;
      return save({ ...found, ...body, version: found.version + 1 });
    }),
    http.post(
      `${api}/townships/:township/enforcement-matters/:id/actions/:verb`,
      ({ request, params }) => {
        if (!me().roles.includes('leader')) return problem(403, { title: '无权执行此操作' });
        const found = find(params.id);
        const refused = guard(request, found);
        if (refused) return refused;
        if (!found) return problem(404);
        return params.verb === 'publish'
          ? save({
              ...found,
              published: true,
              publishedOn: today(),
              withdrawnOn: null,
              version: found.version + 1,
            })
          : save({ ...found, published: false, withdrawnOn: today(), version: found.version + 1 });
      },
    ),
    ...examHandlers(),
    http.get(`${api}/public/townships/:township/enforcement-matters`, ({ request }) =>
      page(
        request,
        filtered(new URL(request.url), mattersDb.matters)
          .filter((m) => m.published)
          .map((m) => ({
            code: m.code,
            name: m.name,
            kind: m.kind,
            field: m.field,
            legalBasis: m.legalBasis,
            department: m.department,
            source: m.source,
            delegationReference: m.delegationReference,
            publishedOn: m.publishedOn,
          })),
      ),
    ),
  ];
}

function examHandlers() {
  const find = (id: unknown) => mattersDb.registrations.find((r) => r.id === id);
  const save = (next: ExamRegistration) => {
    mattersDb.registrations = mattersDb.registrations.map((r) => (r.id === next.id ? next : r));
    return HttpResponse.json(next, { headers: etag(next) });
  };
  const stale = (request: Request, record: ExamRegistration) =>
    request.headers.get('If-Match') !== `"${record.version}"`;
  return [
    http.get(`${api}/townships/:township/exam-registrations`, ({ request }) => {
      const url = new URL(request.url);
      const year = url.searchParams.get('year');
      const status = url.searchParams.get('status');
      const officerId = url.searchParams.get('officerId');
      return page(
        request,
        mattersDb.registrations.filter(
          (r) =>
            (!year || String(r.examYear) === year) &&
            (!status || r.status === status) &&
            (!officerId || r.officerId === officerId),
        ),
      );
    }),
    http.get(`${api}/townships/:township/exam-registrations/:id`, ({ params }) => {
      const found = find(params.id);
      if (!found) return problem(404, { title: '记录不存在' });
      return HttpResponse.json(found, { headers: etag(found) });
    }),
    http.post(`${api}/townships/:township/exam-registrations`, async ({ request }) => {
      const body = (await request.json()) as ExamRegistrationRequest;
      const created = registration({
        ...body,
        officerId: body.officerId ?? null,
        id: `e${mattersDb.registrations.length + 1}`,
      });
      mattersDb.registrations.push(created);
      return HttpResponse.json(created, { status: 201, headers: etag(created) });
    }),
    http.put(`${api}/townships/:township/exam-registrations/:id`, async ({ request, params }) => {
      const found = find(params.id);
      if (!found) return problem(404);
      if (stale(request, found)) return problem(412, { title: '记录已被修改' });
      const body = (await request.json()) as ExamRegistrationRequest;
      return save({ ...found, ...body, version: found.version + 1 });
    }),
    http.post(
      `${api}/townships/:township/exam-registrations/:id/actions/record-result`,
      async ({ request, params }) => {
        const found = find(params.id);
        if (!found) return problem(404);
        if (stale(request, found)) return problem(412, { title: '记录已被修改' });
        const body = (await request.json()) as ExamResultRequest;
        return save({
          ...found,
          status: body.result,
          score: body.score ?? null,
          certificate: body.certificate ?? null,
          officerId: found.officerId ?? (body.result === 'PASSED' ? 'o10' : null),
          resultRecordedOn: today(),
          version: found.version + 1,
        });
      },
    ),
  ];
}
