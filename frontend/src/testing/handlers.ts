import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import { initialOfficers, townships, users } from './data';
import { attachmentsHandlers, resetAttachments } from './attachments-handlers';
import { casesHandlers, resetCases } from './cases-handlers';
import { contractsHandlers, resetContracts } from './contracts-handlers';
import { governanceHandlers, resetGovernance } from './governance-handlers';
import { inspectionsHandlers, resetInspections } from './inspections-handlers';
import { mattersHandlers, resetMatters } from './matters-handlers';
import { peopleHandlers } from './people-handlers';
import { resetSettings, settingsHandlers } from './settings-handlers';

type Officer = components['schemas']['OfficerView'];
type OfficerRequest = components['schemas']['OfficerRequest'];
type Problem = components['schemas']['Problem'];
type ProblemFields = { [K in keyof Problem]?: Problem[K] };

/** The API as the tests see it: an in-memory township of officers, reset before each test. */
export const db = { me: users.staff as components['schemas']['Me'], officers: initialOfficers() };

export function resetDb(): void {
  db.me = users.staff;
  db.officers = initialOfficers();
  resetGovernance();
  resetMatters();
  resetInspections();
  resetCases();
  resetContracts();
  resetSettings();
  resetAttachments();
}

export function problem(status: number, fields: ProblemFields = {}) {
  return HttpResponse.json<ProblemFields>(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const api = '*/api/v1';
const etag = (officer: Officer) => ({ ETag: `"${officer.version}"` });

function find(id: unknown): Officer | undefined {
  return db.officers.find((officer) => officer.id === id);
}

function fromRequest(body: OfficerRequest, base: Officer): Officer {
  return {
    ...base,
    name: body.name,
    department: body.department,
    phone: body.phone ?? null,
    certificate: body.certificate ?? null,
    updatedAt: new Date().toISOString(),
  };
}

export const handlers = [
  http.get(`${api}/me`, () => HttpResponse.json(db.me)),
  http.get(`${api}/townships`, () =>
    HttpResponse.json(
      db.me.townships.includes('*')
        ? townships
        : townships.filter((township) => db.me.townships.includes(township.code)),
    ),
  ),
  http.get(`${api}/townships/:township/officers`, ({ request }) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    const q = url.searchParams.get('q');
    const items = db.officers.filter((officer) => !q || officer.name.includes(q));
    return HttpResponse.json({
      items: items.slice(page * size, (page + 1) * size),
      page,
      size,
      total: items.length,
      totalIsExact: true,
    });
  }),
  http.get(`${api}/townships/:township/officers/:id`, ({ params }) => {
    const officer = find(params.id);
    if (!officer) return problem(404, { title: '记录不存在' });
    return HttpResponse.json(officer, { headers: etag(officer) });
  }),
  http.post(`${api}/townships/:township/officers`, async ({ request }) => {
    const body = (await request.json()) as OfficerRequest;
    const now = new Date().toISOString();
    const [template] = initialOfficers();
    if (!template) throw new Error('no officer template');
    const created = fromRequest(body, {
      ...template,
      id: `o${db.officers.length + 1}`,
      version: 0,
      createdAt: now,
    });
    db.officers.push(created);
    return HttpResponse.json(created, {
      status: 201,
      headers: { ...etag(created), Location: `/api/v1/townships/jinhe/officers/${created.id}` },
    });
  }),
  http.put(`${api}/townships/:township/officers/:id`, async ({ request, params }) => {
    const officer = find(params.id);
    if (!officer) return problem(404);
    if (request.headers.get('If-Match') !== `"${officer.version}"`) {
      return problem(412, { title: '记录已被修改' });
    }
    const updated = {
      ...fromRequest((await request.json()) as OfficerRequest, officer),
      version: officer.version + 1,
    };
    db.officers = db.officers.map((candidate) =>
      candidate.id === updated.id ? updated : candidate,
    );
    return HttpResponse.json(updated, { headers: etag(updated) });
  }),
  ...governanceHandlers(() => db.me),
  ...mattersHandlers(() => db.me),
  ...inspectionsHandlers(
    () => db.me,
    () => db.officers,
  ),
  ...casesHandlers(() => db.me),
  ...contractsHandlers(() => db.me),
  ...settingsHandlers(() => db.me),
  ...attachmentsHandlers(() => db.me),
  ...peopleHandlers(() => db.me),
];
