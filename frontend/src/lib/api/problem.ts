import type { components } from './schema';

type ProblemSchema = components['schemas']['Problem'];
/** problem+json as sent: the server leaves out the members it has no value for. */
export type Problem = Pick<ProblemSchema, 'title' | 'status'> & {
  [K in Exclude<keyof ProblemSchema, 'title' | 'status'>]?: ProblemSchema[K] | null;
};
export type Violation = components['schemas']['Violation'];

/** An answer of the API that was not a success, with its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** 412: the record changed since it was read (SYS-02). */
  get isStale(): boolean {
    return this.status === 412;
  }
}

/** 404: no such record, or one of a township the caller may not see (SYS-04). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'title' in body && 'status' in body;
}

/** Wraps whatever the API (or a proxy in front of it) answered into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError(response.status, body);
  return new ApiError(response.status, {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: typeof body === 'string' && body.length < 300 ? body : undefined,
  });
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful call, or a thrown ApiError; keeps the response for its headers. */
export async function unwrap<T>(
  call: Promise<FetchResult<T>>,
): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw toApiError(response, error);
  return { data: data as T, response };
}

/** The ETag of a record answer; the API sends `"<version>"`. */
export function etagOf(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}

export function etagForVersion(version: number): string {
  return `"${version}"`;
}
