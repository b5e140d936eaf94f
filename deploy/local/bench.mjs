// `make bench`: latency and throughput of the API's busiest reads (and one write path) against a running API
// with the demo data, with real Keycloak tokens. Prints one line per endpoint: p50/p95/p99/max in ms and req/s.
//   BENCH_API_URL (http://localhost:8095), BENCH_KEYCLOAK_URL (http://localhost:8180), BENCH_TOWNSHIP (jinhe),
//   BENCH_REQUESTS (300 per endpoint), BENCH_CONCURRENCY (4), BENCH_USER (leader), BENCH_PASSWORD (Fazhi-2025),
//   BENCH_SCALE (1: also the lists' deep pages, filtered sorts and text search that matter at scale; make bench-scale).
const API = (process.env.BENCH_API_URL ?? 'http://localhost:8095').replace(/\/$/, '');
const KEYCLOAK = (process.env.BENCH_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const TOWNSHIP = process.env.BENCH_TOWNSHIP ?? 'jinhe';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const USER = process.env.BENCH_USER ?? 'leader';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'Fazhi-2025';
const SCALE = process.env.BENCH_SCALE === '1';

async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/fazhi/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'fazhi-test', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

const t = `/api/v1/townships/${TOWNSHIP}`;
const reads = [
  ['officers list', `${t}/officers?size=20`],
  ['enforcement cases list', `${t}/enforcement-cases?size=20`],
  ['enforcement cases, filtered', `${t}/enforcement-cases?size=20&field=FIRE_SAFETY&year=2025&sort=decisionDueOn,asc`],
  ['enforcement case (one)', null],
  ['inspections list', `${t}/inspections?size=20`],
  ['enforcement matters list', `${t}/enforcement-matters?size=50`],
  ['deadlines within P30D', `${t}/deadlines?within=P30D`],
  ['enforcement figures 2025', `${t}/enforcement-figures/2025`],
  ['legality reviews list', `${t}/legality-reviews?size=20`],
  ['public penalty decisions (no login)', `/api/v1/public/townships/${TOWNSHIP}/penalty-decisions`],
];
// At scale: what a clerk does on a township of 200 000 cases. The deepest page is 499 (page × size is bounded
// at 10 000 rows, deeper answers 422); q is a prefix of a party's name, case number or decision number.
const scaleReads = (partyPrefix) => [
  ['cases, closed fire safety by filedOn', `${t}/enforcement-cases?size=20&status=CLOSED&field=FIRE_SAFETY&sort=filedOn,desc`],
  ['cases, page 499', `${t}/enforcement-cases?size=20&page=499`],
  ['cases, page 499 by caseNumber asc', `${t}/enforcement-cases?size=20&page=499&sort=caseNumber,asc`],
  [`cases, q=${partyPrefix}`, `${t}/enforcement-cases?size=20&q=${encodeURIComponent(partyPrefix)}`],
  ['cases, year 2020 by decisionDueOn', `${t}/enforcement-cases?size=20&year=2020&sort=decisionDueOn,asc`],
  ['inspections, page 499', `${t}/inspections?size=20&page=499`],
  ['legality reviews, page 100', `${t}/legality-reviews?size=20&page=100`],
  ['normative documents list', `${t}/normative-documents?size=20`],
  ['officers, page 40', `${t}/officers?size=20&page=40`],
  ['audit events of the township', `/api/v1/audit-events?township=${TOWNSHIP}&size=20`],
  ['audit events, page 499', `/api/v1/audit-events?township=${TOWNSHIP}&size=20&page=499`],
  ['enforcement figures 2024', `${t}/enforcement-figures/2024`],
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(
  name,
  path,
  bearer,
  {
    method = 'GET',
    body,
    headers = () => ({}),
    concurrency = CONCURRENCY,
    requests = REQUESTS,
    warmUp = 100,
    acceptable = (status) => status < 300,
  } = {},
) {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(`${API}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers(),
      },
      body: body ? JSON.stringify(typeof body === 'function' ? body() : body) : undefined,
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok, status: response.status };
  };
  for (let i = 0; i < warmUp; i++) await call(); // warm-up: JIT (a fresh JVM needs ~100), connection pool, caches
  const latencies = [];
  const failures = new Map();
  let unacceptable = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const { ms, ok, status } = await call();
        latencies.push(ms);
        if (!ok) failures.set(status, (failures.get(status) ?? 0) + 1);
        if (!acceptable(status)) unacceptable++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const f = (n) => n.toFixed(1).padStart(7);
  const failed = [...failures].map(([s, n]) => `${n}×${s}`).join(' ');
  console.log(
    `${name.padEnd(38)} ${f(percentile(latencies, 50))} ${f(percentile(latencies, 95))} ${f(percentile(latencies, 99))} ` +
      `${f(latencies.at(-1))} ${(latencies.length / seconds).toFixed(0).padStart(7)}  ${failed || 'all 2xx'}`,
  );
  return unacceptable === 0;
}

const bearer = await token(USER);
const first = await fetch(`${API}${t}/enforcement-cases?size=1`, { headers: { authorization: `Bearer ${bearer}` } });
const firstCase = first.ok ? (await first.json()).items?.[0] : undefined;
const caseId = firstCase?.id;
console.log(`bench: ${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time, as ${USER}, against ${API}`);
console.log(`${'endpoint'.padEnd(38)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'req/s'.padStart(7)}  (ms)`);
let allOk = true;
for (const [name, path] of [...reads, ...(SCALE ? scaleReads(firstCase?.party?.name?.slice(0, 2) ?? '张') : [])]) {
  const target = path ?? (caseId ? `${t}/enforcement-cases/${caseId}` : null);
  if (!target) {
    console.log(`${name.padEnd(38)} skipped: no case in the demo data`);
    continue;
  }
  allOk = (await measure(name, target, path?.startsWith('/api/v1/public') ? null : bearer)) && allOk;
}

// Writes: a township's changes line up on its audit chain head (SYS-01), so creates/s is bounded per township.
let officerNo = 0;
const run = Date.now().toString(36);
const officer = () => ({ name: `压测${run}-${++officerNo}`, department: 'EMERGENCY', phone: '0745-5123456' });
console.log(`\nwrites: officers created in ${TOWNSHIP}, each with its own body and Idempotency-Key`);
for (const concurrency of [1, 4, 16]) {
  allOk =
    (await measure(`creates, ${concurrency} concurrent`, `${t}/officers`, bearer, {
      method: 'POST',
      body: officer,
      headers: () => ({ 'idempotency-key': `bench-${run}-${officerNo + 1}-${Math.random()}` }),
      concurrency,
      requests: Math.max(REQUESTS, 50 * concurrency),
      warmUp: 5,
    })) && allOk;
}
const retried = officer();
const key = `bench-${run}-retried`;
allOk =
  (await measure('30 concurrent retries of one key', `${t}/officers`, bearer, {
    method: 'POST',
    body: retried,
    headers: () => ({ 'idempotency-key': key }),
    concurrency: 30,
    requests: 30,
    warmUp: 0,
    // the first answer, or 409 while the first is still in flight (SYS-03); never 5xx
    acceptable: (status) => status === 201 || status === 409,
  })) && allOk;
process.exit(allOk ? 0 : 1);
