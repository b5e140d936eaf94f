import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import {
  initialAdvisers,
  initialCalendar,
  initialCleanUps,
  initialConsultations,
  initialDecisions,
  initialDocuments,
  initialRefusals,
  initialReviews,
  day,
  type NormativeDocument,
  type Review,
} from './governance-data';
import { ruleViolation } from './rules';

type Schemas = components['schemas'];
type Problem = Schemas['Problem'];
type ProblemFields = { [K in keyof Problem]?: Problem[K] };

/** The legality review areas as the tests see them, reset before each test. */
export const governance = {
  reviews: initialReviews(),
  documents: initialDocuments(),
  cleanUps: initialCleanUps(),
  decisions: initialDecisions(),
  advisers: initialAdvisers(),
  consultations: initialConsultations(),
  calendar: initialCalendar(),
  refusals: initialRefusals(),
};

export function resetGovernance(): void {
  governance.reviews = initialReviews();
  governance.documents = initialDocuments();
  governance.cleanUps = initialCleanUps();
  governance.decisions = initialDecisions();
  governance.advisers = initialAdvisers();
  governance.consultations = initialConsultations();
  governance.calendar = initialCalendar();
  governance.refusals = initialRefusals();
}

/** The API's refusal of `verb` on the record, as its fixture says. */
function refusalOf(id: unknown, verb: string) {
  const refusal = governance.refusals[String(id)]?.[verb];
  return refusal ? ruleViolation(refusal.rule, refusal.detail) : null;
}

export function governanceProblem(status: number, fields: ProblemFields = {}) {
  return HttpResponse.json<ProblemFields>(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const api = '*/api/v1';
const etag = (record: { version: number }) => ({ ETag: `"${record.version}"` });
const page = <T>(request: Request, items: T[]) => {
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
};

/** SYS-02: answers the 412 for a stale If-Match, or undefined when it matches. */
function stale(request: Request, record: { version: number }) {
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch === null) return governanceProblem(428, { title: '缺少 If-Match' });
  if (ifMatch !== `"${record.version}"`) {
    return governanceProblem(412, { title: '记录已被修改', rule: 'SYS-02' });
  }
  return undefined;
}

function byField<T>(items: T[], sort: string | null, fallback: string): T[] {
  const [field = fallback, order = 'asc'] = (sort ?? fallback).split(',');
  const value = (item: T) => String((item as Record<string, unknown>)[field] ?? '');
  return [...items].sort((a, b) => value(a).localeCompare(value(b)) * (order === 'desc' ? -1 : 1));
}

function replaceReview(updated: Review): Review {
  governance.reviews = governance.reviews.map((r) => (r.id === updated.id ? updated : r));
  return updated;
}

/** Records the opinion on the current round, as the API does. */
function decide(
  review: Review,
  outcome: Review['status'],
  changes: { requiredChanges?: string[]; reasons?: string[]; earlyReason?: string | null },
  by: string,
): Review {
  const rounds = review.rounds.map((round, index) =>
    index === review.rounds.length - 1
      ? {
          ...round,
          outcome,
          requiredChanges: changes.requiredChanges ?? [],
          reasons: changes.reasons ?? [],
          earlyReason: changes.earlyReason ?? null,
          decidedOn: day(0),
          decidedBy: by,
          overdue: false,
        }
      : round,
  );
  return replaceReview({
    ...review,
    rounds,
    status: outcome,
    overdue: false,
    version: review.version + 1,
  });
}

function findDocument(id: unknown): NormativeDocument | undefined {
  return governance.documents.find((d) => d.id === id);
}

function replaceDocument(updated: NormativeDocument): NormativeDocument {
  governance.documents = governance.documents.map((d) => (d.id === updated.id ? updated : d));
  return updated;
}

export function governanceHandlers(me: () => Schemas['Me']) {
  return [
    // legality reviews
    http.get(`${api}/townships/:township/legality-reviews/statistics`, ({ request }) => {
      const year = Number(new URL(request.url).searchParams.get('year'));
      return HttpResponse.json({
        year,
        reviews: governance.reviews.length,
        counts: governance.reviews.map((r) => ({
          subjectType: r.subjectType,
          outcome: r.status,
          reviews: 1,
        })),
        decidedRounds: 1,
        averageWorkingDays: 5,
        durations: [],
      });
    }),
    http.get(`${api}/townships/:township/legality-reviews`, ({ request }) => {
      const url = new URL(request.url);
      const param = (name: string) => url.searchParams.get(name);
      const reviewer = param('reviewer') === 'me' ? me().username : param('reviewer');
      const items = governance.reviews.filter(
        (r) =>
          (!reviewer || r.reviewer === reviewer) &&
          (!param('status') || r.status === param('status')) &&
          (!param('subjectType') || r.subjectType === param('subjectType')) &&
          (!param('subjectRef') || r.subjectRef === param('subjectRef')),
      );
      return page(request, byField(items, param('sort'), 'submittedOn,desc'));
    }),
    http.get(`${api}/townships/:township/legality-reviews/:id`, ({ params }) => {
      const review = governance.reviews.find((r) => r.id === params.id);
      if (!review) return governanceProblem(404, { title: '记录不存在' });
      return HttpResponse.json(review, { headers: etag(review) });
    }),
    http.post(
      `${api}/townships/:township/legality-reviews/:id/actions/:verb`,
      async ({ request, params }) => {
        const review = governance.reviews.find((r) => r.id === params.id);
        if (!review) return governanceProblem(404);
        const refused = stale(request, review);
        if (refused) return refused;
        const body = (await request.json()) as {
          reviewer?: string;
          requiredChanges?: string[];
          reasons?: string[];
          earlyReason?: string | null;
          materials?: string[];
        };
        const username = me().username;
        let saved: Review;
        switch (params.verb) {
          case 'assign':
            saved = replaceReview({
              ...review,
              reviewer: body.reviewer ?? null,
              rounds: review.rounds.map((round) => ({ ...round, reviewer: body.reviewer })),
              version: review.version + 1,
            });
            break;
          case 'approve':
            saved = decide(review, 'APPROVED', body, username);
            break;
          case 'approve-with-changes':
            saved = decide(review, 'APPROVED_WITH_CHANGES', body, username);
            break;
          case 'reject':
            saved = decide(review, 'REJECTED', body, username);
            break;
          default:
            return governanceProblem(404);
        }
        return HttpResponse.json(saved, { headers: etag(saved) });
      },
    ),

    // normative documents
    http.get(`${api}/townships/:township/normative-documents/clean-ups`, ({ request }) =>
      page(request, governance.cleanUps),
    ),
    http.get(`${api}/townships/:township/normative-documents/clean-ups/:id`, ({ params }) => {
      const cleanUp = governance.cleanUps.find((c) => c.id === params.id);
      if (!cleanUp) return governanceProblem(404);
      return HttpResponse.json(cleanUp, { headers: etag(cleanUp) });
    }),
    http.get(`${api}/townships/:township/normative-documents`, ({ request }) => {
      const url = new URL(request.url);
      const status = url.searchParams.get('status');
      const q = url.searchParams.get('q');
      const items = governance.documents.filter(
        (d) => (!status || d.status === status) && (!q || d.title.includes(q)),
      );
      return page(request, items);
    }),
    http.get(`${api}/townships/:township/normative-documents/:id`, ({ params }) => {
      const document = findDocument(params.id);
      if (!document) return governanceProblem(404, { title: '记录不存在' });
      return HttpResponse.json(document, { headers: etag(document) });
    }),
    http.post(`${api}/townships/:township/normative-documents`, async ({ request }) => {
      const body = (await request.json()) as {
        title: string;
        issuer: string;
        provisional: boolean;
      };
      const [template] = initialDocuments();
      if (!template) throw new Error('no document template');
      const created: NormativeDocument = {
        ...template,
        ...body,
        id: `d${governance.documents.length + 1}`,
        status: 'DRAFT',
        recordedStatus: 'DRAFT',
        number: null,
        version: 0,
      };
      governance.documents.push(created);
      return HttpResponse.json(created, { status: 201, headers: etag(created) });
    }),
    http.post(
      `${api}/townships/:township/normative-documents/:id/actions/:verb`,
      async ({ request, params }) => {
        const document = findDocument(params.id);
        if (!document) return governanceProblem(404);
        const refused = stale(request, document);
        if (refused) return refused;
        const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
        const refusal = refusalOf(document.id, String(params.verb));
        if (refusal) return refusal;
        if (params.verb === 'issue') {
          const saved = replaceDocument({
            ...document,
            status: 'EFFECTIVE',
            recordedStatus: 'EFFECTIVE',
            number: String(body.number),
            issuedOn: String(body.issuedOn),
            effectiveOn: String(body.effectiveOn),
            version: document.version + 1,
          });
          return HttpResponse.json(saved, { headers: etag(saved) });
        }
        if (params.verb === 'submit-for-review') {
          const saved = replaceDocument({
            ...document,
            status: 'IN_REVIEW',
            recordedStatus: 'IN_REVIEW',
            reviewSubmittedOn: day(0),
            review: {
              reviewId: 'r-new',
              round: 1,
              outcome: 'PENDING',
              submittedOn: day(0),
              decidedOn: null,
              passed: false,
            },
            version: document.version + 1,
          });
          return HttpResponse.json(saved, { headers: etag(saved) });
        }
        return governanceProblem(404);
      },
    ),
    http.get(`${api}/public/townships/:township/normative-documents`, ({ request, params }) => {
      if (params.township !== 'jinhe') return governanceProblem(404, { title: '乡镇不存在' });
      return page(
        request,
        governance.documents
          .filter((d) => d.status === 'EFFECTIVE')
          .map((d) => ({
            number: d.number ?? '',
            title: d.title,
            issuer: d.issuer,
            provisional: d.provisional,
            issuedOn: d.issuedOn ?? '',
            effectiveOn: d.effectiveOn ?? '',
            validUntil: d.validUntil ?? '',
          })),
      );
    }),

    // major decisions
    http.get(`${api}/townships/:township/major-decisions`, ({ request }) =>
      page(request, governance.decisions),
    ),
    http.get(`${api}/townships/:township/major-decisions/:id`, ({ params }) => {
      const decision = governance.decisions.find((d) => d.id === params.id);
      if (!decision) return governanceProblem(404);
      return HttpResponse.json(decision, { headers: etag(decision) });
    }),
    http.post(
      `${api}/townships/:township/major-decisions/:id/actions/adopt`,
      ({ request, params }) => {
        const decision = governance.decisions.find((d) => d.id === params.id);
        if (!decision) return governanceProblem(404);
        const refused = stale(request, decision);
        if (refused) return refused;
        const refusal = refusalOf(decision.id, 'adopt');
        if (refusal) return refusal;
        return HttpResponse.json(decision, { headers: etag(decision) });
      },
    ),

    // legal advisers
    http.get(`${api}/townships/:township/legal-advisers`, ({ request }) =>
      page(request, governance.advisers),
    ),
    http.get(`${api}/townships/:township/legal-advisers/:id`, ({ params }) => {
      const adviser = governance.advisers.find((a) => a.id === params.id);
      if (!adviser) return governanceProblem(404);
      return HttpResponse.json(adviser, { headers: etag(adviser) });
    }),
    http.get(`${api}/townships/:township/legal-advisers/:id/consultations`, ({ request, params }) =>
      page(
        request,
        governance.consultations.filter((c) => c.adviserId === params.id),
      ),
    ),

    // holiday calendar
    http.get(`${api}/holiday-calendar`, ({ request }) => {
      const year = Number(new URL(request.url).searchParams.get('year'));
      return HttpResponse.json({
        year,
        days: governance.calendar.filter((d) => d.date.startsWith(`${year}-`)),
      });
    }),
    http.put(`${api}/holiday-calendar/:date`, async ({ request, params }) => {
      const body = (await request.json()) as { kind: 'HOLIDAY' | 'WORKDAY'; name: string };
      const saved = { date: String(params.date), ...body };
      governance.calendar = [
        ...governance.calendar.filter((d) => d.date !== saved.date),
        saved,
      ].sort((a, b) => a.date.localeCompare(b.date));
      return HttpResponse.json(saved);
    }),
    http.delete(`${api}/holiday-calendar/:date`, ({ params }) => {
      governance.calendar = governance.calendar.filter((d) => d.date !== params.date);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
