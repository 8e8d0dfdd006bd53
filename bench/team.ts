// npm run bench:team [-- --clients 200 --minutes 2 --db pglite|postgres]: starts a team server
// (PGlite in a temporary folder, or a throw-away PostgreSQL cluster), signs up N staff across
// a few offices, and lets them log and triage for a few minutes, pulling every 30 s, a fifth of
// them on the live stream. Prints push/pull latency, changes per second, the server's memory,
// and the count of changes lost or applied twice (both must be 0; the exit code says so).
// `--profile DIR` writes the server's CPU profile there (open it in Chrome's DevTools).
// Loopback only. Figures taken while other work runs on the machine are noisy.
import { setMaxListeners } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Cluster, startCluster } from '../server/tools/pg-cluster';
import { spawnServer } from '../server/tools/spawn-server';
import { type StaffResult, staff } from './team/staff';
import { cpuSeconds, rssMb, summary } from './team/stats';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '2' },
    db: { type: 'string', default: 'pglite' },
    offices: { type: 'string', default: '4' },
    'pull-seconds': { type: 'string', default: '30' },
    'act-seconds': { type: 'string', default: '6' },
    profile: { type: 'string' },
  },
});
const CLIENTS = Number(values.clients);
const MINUTES = Number(values.minutes);
const OFFICES = Number(values.offices);
const DB = values.db === 'postgres' ? 'postgres' : 'pglite';

async function call(base: string, token: string | undefined, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are read loosely in tests and the bench
  const json = (await res.json()) as any;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function inBatches<T>(n: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += width)
    out.push(...(await Promise.all(Array.from({ length: Math.min(width, n - i) }, (_, j) => fn(i + j)))));
  return out;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'simak-bench-'));
  let cluster: Cluster | undefined;
  const env: Record<string, string> = {};
  if (DB === 'postgres') {
    cluster = await startCluster();
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    await c.query('create database bench');
    await c.end();
    env.DATABASE_URL = cluster.urlFor('bench');
  }
  const server = await spawnServer({
    args: ['--data', dir, '--login-rate', '100000'],
    env,
    nodeArgs: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [],
  });
  try {
    console.log(
      `bench:team: ${CLIENTS} staff in ${OFFICES} offices for ${MINUTES} min on ${DB}, server pid ${server.proc.pid}`,
    );
    const admin = await call(server.base, undefined, 'POST', '/api/setup', {
      code: server.setupCode,
      username: 'admin',
      password: 'bench-admin-password',
      office: 'Kantor 1',
    });
    const offices = [(await call(server.base, admin.token, 'GET', '/api/me')).offices[0].id as number];
    for (let i = 2; i <= OFFICES; i++)
      offices.push((await call(server.base, admin.token, 'POST', '/api/offices', { name: `Kantor ${i}` })).id);
    const t0 = performance.now();
    const people = await inBatches(CLIENTS, 8, async (i) => {
      const officeId = offices[i % offices.length] ?? 0;
      const inv = await call(server.base, admin.token, 'POST', `/api/offices/${officeId}/invites`, {
        role: i % 10 === 0 ? 'supervisor' : 'agent',
      });
      const username = `staf${i}`;
      const acc = await call(server.base, undefined, 'POST', '/api/invites/accept', {
        code: inv.code,
        username,
        password: `${username}-password`,
      });
      return { token: acc.token as string, username, officeId };
    });
    console.log(`signed up ${people.length} staff in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const stop = new AbortController();
    // Every simulated staff member waits on this one signal.
    setMaxListeners(CLIENTS * 4, stop.signal);
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(rssMb(server.proc.pid)), 2_000);
    const started = performance.now();
    const cpuStart = cpuSeconds(server.proc.pid);
    const benchCpuStart = process.cpuUsage();
    const runs = people.map((p, i) =>
      staff({
        base: server.base,
        ...p,
        postPool: 3_000,
        stream: i % 5 === 0,
        stop: stop.signal,
        pullEveryMs: Number(values['pull-seconds']) * 1000,
        actEveryMs: Number(values['act-seconds']) * 1000,
      }),
    );
    setTimeout(() => stop.abort(), MINUTES * 60_000);
    const results: StaffResult[] = await Promise.all(runs);
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(server.proc.pid) - cpuStart;
    const benchCpu = process.cpuUsage(benchCpuStart);
    clearInterval(sampler);

    // Check: every change answered "applied" is in the log exactly once; none twice.
    const logged = new Map<string, number>();
    for (const officeId of offices) {
      let cursor = 0;
      for (let more = true; more; ) {
        const page = await call(
          server.base,
          admin.token,
          'GET',
          `/api/offices/${officeId}/changes?since=${cursor}&limit=1000`,
        );
        for (const c of page.changes) logged.set(c.key, (logged.get(c.key) ?? 0) + 1);
        cursor = page.cursor;
        more = page.more;
      }
    }
    const appliedFirst = new Map<string, number>();
    const statuses = new Map<string, number>();
    let retried = 0;
    for (const r of results)
      for (const s of r.sent) {
        statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
        if (s.duplicate) retried++;
        else if (s.status === 'applied') appliedFirst.set(s.key, (appliedFirst.get(s.key) ?? 0) + 1);
      }
    let lost = 0;
    let doubled = 0;
    for (const [key, n] of appliedFirst) {
      if (!logged.has(key)) lost++;
      if (n > 1) doubled++;
    }
    for (const n of logged.values()) if (n > 1) doubled++;
    const applied = appliedFirst.size;
    const all = (f: (r: StaffResult) => number[]) => results.flatMap(f);
    console.log(`ran ${seconds.toFixed(0)} s`);
    console.log(`push: ${summary(all((r) => r.pushMs))}`);
    console.log(`pull: ${summary(all((r) => r.pullMs))}`);
    console.log(
      `changes applied: ${applied} (${(applied / seconds).toFixed(1)}/s); answers: ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}; retried pushes answered as duplicates: ${retried}`,
    );
    console.log(
      `live stream: ${results.reduce((a, r) => a + r.streamEvents, 0)} events to ${results.filter((_, i) => i % 5 === 0).length} clients`,
    );
    console.log(`client errors: ${results.reduce((a, r) => a + r.errors, 0)}`);
    console.log(
      `server memory (RSS): peak ${Math.max(...rss).toFixed(0)} MB, end ${(rss.at(-1) ?? Number.NaN).toFixed(0)} MB${DB === 'postgres' ? ' (the Node process; PostgreSQL apart)' : ' (Node + PGlite)'}`,
    );
    const requests = all((r) => r.pushMs).length + all((r) => r.pullMs).length;
    console.log(
      `server CPU: ${cpu.toFixed(1)} s in ${seconds.toFixed(0)} s (${((100 * cpu) / seconds).toFixed(0)}% of one core; ${((1000 * cpu) / requests).toFixed(1)} ms per push or pull)${DB === 'postgres' ? ', PostgreSQL apart' : ''}`,
    );
    // The simulated clients share the machine with the server: their own CPU, to tell apart.
    console.log(
      `bench clients' CPU: ${((benchCpu.user + benchCpu.system) / 1e6).toFixed(1)} s (${((100 * (benchCpu.user + benchCpu.system)) / 1e6 / seconds).toFixed(0)}% of one core)`,
    );
    console.log(
      `machine load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (${cpus().length} cores)`,
    );
    console.log(`lost: ${lost}, applied twice: ${doubled}`);
    return lost === 0 && doubled === 0 ? 0 : 1;
  } finally {
    await server.stop();
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
