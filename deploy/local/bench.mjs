// `make bench`: latency and throughput of the API's busiest reads (and one write path) against a running API
// with the demo data, with real Keycloak tokens. Prints one line per endpoint: p50/p95/p99/max in ms and req/s.
//   BENCH_API_URL (http://localhost:8095), BENCH_KEYCLOAK_URL (http://localhost:8180), BENCH_TOWNSHIP (jinhe),
//   BENCH_REQUESTS (300 per endpoint), BENCH_CONCURRENCY (4), BENCH_USER (leader), BENCH_PASSWORD (Fazhi-2025).
const API = (process.env.BENCH_API_URL ?? 'http://localhost:8095').replace(/\/$/, '');
const KEYCLOAK = (process.env.BENCH_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const TOWNSHIP = process.env.BENCH_TOWNSHIP ?? 'jinhe';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const USER = process.env.BENCH_USER ?? 'leader';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'Fazhi-2025';

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

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(name, path, bearer, { method = 'GET', body } = {}) {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(`${API}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(typeof body === 'function' ? body() : body) : undefined,
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok, status: response.status };
  };
  for (let i = 0; i < 20; i++) await call(); // warm-up: JIT, connection pool, caches
  const latencies = [];
  const failures = new Map();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const { ms, ok, status } = await call();
        latencies.push(ms);
        if (!ok) failures.set(status, (failures.get(status) ?? 0) + 1);
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
  return failures.size === 0;
}

const bearer = await token(USER);
const first = await fetch(`${API}${t}/enforcement-cases?size=1`, { headers: { authorization: `Bearer ${bearer}` } });
const caseId = first.ok ? (await first.json()).items?.[0]?.id : undefined;
console.log(`bench: ${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time, as ${USER}, against ${API}`);
console.log(`${'endpoint'.padEnd(38)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'req/s'.padStart(7)}  (ms)`);
let allOk = true;
for (const [name, path] of reads) {
  const target = path ?? (caseId ? `${t}/enforcement-cases/${caseId}` : null);
  if (!target) {
    console.log(`${name.padEnd(38)} skipped: no case in the demo data`);
    continue;
  }
  allOk = (await measure(name, target, path?.startsWith('/api/v1/public') ? null : bearer)) && allOk;
}
process.exit(allOk ? 0 : 1);
