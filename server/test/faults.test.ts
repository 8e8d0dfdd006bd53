// Faults: the server killed in the middle of a push (before and after its commit) and
// restarted, the client's retry applying once; PostgreSQL restarted under load; two server
// processes on one PostgreSQL at once giving the same results.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb } from '../src/db/db';
import { type Cluster, startCluster } from '../tools/pg-cluster';
import { type Spawned, spawnServer } from '../tools/spawn-server';
import { call, pullAll, pushUntilAnswered } from './client';
import { newKey, samplePost, startServerOn } from './harness';

let cluster: Cluster;
let n = 0;
async function newDatabase(): Promise<string> {
  const name = `fault_${++n}_${process.pid}`;
  const sql = new pg.Client({ connectionString: cluster.url });
  await sql.connect();
  await sql.query(`create database ${name}`);
  await sql.end();
  return cluster.urlFor(name);
}

async function setupAdmin(s: Spawned) {
  const r = await call(s.base, undefined, 'POST', '/api/setup', {
    code: s.setupCode,
    username: 'admin',
    password: 'admin-password-1',
    office: 'Jakarta Pusat',
  });
  expect(r.status).toBe(200);
  const me = await call(s.base, r.body.token, 'GET', '/api/me');
  return { token: r.body.token as string, officeId: me.body.offices[0].id as number };
}

beforeAll(async () => {
  // Its own cluster: restarting it must not disturb the other test files.
  cluster = await startCluster({ fsync: false });
});
afterAll(() => cluster?.stop());

describe.each(['pglite', 'postgres'] as const)('server killed mid-push on %s', (backend) => {
  it('a retried push applies once, whether the kill came before or after the commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simak-fault-'));
    if (backend === 'pglite') {
      // Start from the migrated template rather than a fresh initdb: seconds saved per run.
      const db = await openDb({ dataDir: dir, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
      await db.close();
    }
    const where =
      backend === 'pglite' ? { args: ['--data', dir] } : { args: [], env: { DATABASE_URL: await newDatabase() } };
    const start = (fault?: string) =>
      spawnServer({ args: where.args, env: { ...(where.env ?? {}), ...(fault ? { SIMAK_TEAM_FAULT: fault } : {}) } });
    try {
      let s = await start('crash-before-commit');
      const { token, officeId } = await setupAdmin(s);
      const batch = [
        { key: newKey(), op: 'log', ...samplePost() },
        { key: newKey(), op: 'log', ...samplePost() },
      ];
      const died = call(s.base, token, 'POST', `/api/offices/${officeId}/changes`, { changes: batch }).catch(
        () => 'no answer',
      );
      expect(await died).toBe('no answer');
      await s.exited;
      // Restarted, now dying just after the commit: the retry is applied, its answer lost.
      s = await start('crash-after-commit');
      const lost = await call(s.base, token, 'POST', `/api/offices/${officeId}/changes`, { changes: batch }).catch(
        () => 'no answer',
      );
      expect(lost).toBe('no answer');
      await s.exited;
      s = await start();
      const retry = await pushUntilAnswered(() => s.base, token, officeId, batch);
      expect(retry.results.map((r) => [r.status, r.duplicate])).toEqual([
        ['applied', true],
        ['applied', true],
      ]);
      const all = await pullAll(s.base, token, officeId);
      expect(all.changes.map((c) => c.key).sort()).toEqual(batch.map((c) => c.key).sort());
      await s.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Three server starts on a busy machine: a generous limit (no assertion depends on time).
  }, 180_000);
});

describe('PostgreSQL', () => {
  it('restarted under load: every change applied exactly once after the clients retry', async () => {
    const url = await newDatabase();
    const s = await startServerOn(url);
    try {
      await s.setup();
      const agents = await Promise.all(Array.from({ length: 8 }, () => s.member('agent')));
      const sent: string[] = [];
      let restarted = false;
      const work = agents.map(async (a, i) => {
        for (let b = 0; b < 12; b++) {
          const batch = [0, 1, 2].map(() => ({ key: newKey(), op: 'log', ...samplePost() }));
          sent.push(...batch.map((c) => c.key));
          const r = await pushUntilAnswered(() => s.base, a.token, s.officeId, batch);
          expect(r.results.every((x) => x.status === 'applied')).toBe(true);
          if (i === 0 && b === 3) {
            cluster.restart();
            restarted = true;
          }
        }
      });
      await Promise.all(work);
      expect(restarted).toBe(true);
      const all = await pullAll(s.base, s.adminToken, s.officeId);
      const keys = all.changes.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual([...sent].sort());
    } finally {
      await s.close();
    }
  });

  it('two server processes on one database at once give the same results', async () => {
    const url = await newDatabase();
    const [a, b] = await Promise.all([
      spawnServer({ env: { DATABASE_URL: url } }),
      spawnServer({ env: { DATABASE_URL: url } }),
    ]);
    try {
      const code = a.setupCode ?? b.setupCode;
      // Both printed a setup code; only the one written last is valid. Try each.
      let admin: { token: string; officeId: number } | undefined;
      for (const c of [a.setupCode, b.setupCode, code]) {
        const r = await call(a.base, undefined, 'POST', '/api/setup', {
          code: c,
          username: 'admin',
          password: 'admin-password-1',
          office: 'Jakarta Pusat',
        });
        if (r.status === 200) {
          const me = await call(a.base, r.body.token, 'GET', '/api/me');
          admin = { token: r.body.token, officeId: me.body.offices[0].id };
          break;
        }
      }
      if (!admin) throw new Error('no setup code worked');
      const { token, officeId } = admin;
      const members: string[] = [];
      for (let i = 0; i < 6; i++) {
        const inv = await call(b.base, token, 'POST', `/api/offices/${officeId}/invites`, { role: 'agent' });
        const acc = await call(i % 2 ? a.base : b.base, undefined, 'POST', '/api/invites/accept', {
          code: inv.body.code,
          username: `agent${i}`,
          password: 'agent-password',
        });
        members.push(acc.body.token);
      }
      const posts = Array.from({ length: 10 }, () => samplePost());
      // Everyone logs the same ten posts and sets their status, half through each process.
      await Promise.all(
        members.map(async (t, i) => {
          for (const p of posts) {
            const base = (i + posts.indexOf(p)) % 2 ? a.base : b.base;
            const r = await pushUntilAnswered(() => base, t, officeId, [
              { key: newKey(), op: 'log', ...p },
              { key: newKey(), op: 'status', postKey: p.post.key, value: i % 2 ? 'in-progress' : 'resolved' },
            ]);
            expect(r.results[0]?.status).toBe('applied');
          }
        }),
      );
      const [fromA, fromB] = await Promise.all([pullAll(a.base, token, officeId), pullAll(b.base, token, officeId)]);
      expect(fromA.changes).toEqual(fromB.changes);
      expect([...fromA.complaints.entries()]).toEqual([...fromB.complaints.entries()]);
      expect(fromA.complaints.size).toBe(10);
      for (const c of fromA.complaints.values()) expect(c.loggers).toHaveLength(6);
      expect(fromA.changes.filter((c) => c.field === 'created')).toHaveLength(10);
      expect(fromA.changes.filter((c) => c.field === 'logged')).toHaveLength(50);
      const seqs = fromA.changes.map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
