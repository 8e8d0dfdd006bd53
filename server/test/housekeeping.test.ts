// Housekeeping on both engines: change keys older than the retention are pruned (a retry
// within it is still answered as a duplicate; after it the key is forgotten), and sign-in
// counters whose window ended long ago are deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../src/db/housekeeping';
import { BACKENDS, newKey, samplePost, startServer, type TestServer } from './harness';

describe.each(BACKENDS)('housekeeping on %s', (backend) => {
  let s: TestServer;
  let agent: { token: string };
  const push = async (changes: unknown[]) =>
    (await s.api(agent.token, 'POST', `/api/offices/${s.officeId}/changes`, { changes })).body.results;
  const housekeeping = () => {
    if (!s.ctx) throw new Error('no server context');
    return s.ctx.housekeeping.run();
  };

  beforeAll(async () => {
    s = await startServer(backend, { keepKeysMs: 30 * DAY_MS });
    await s.setup();
    agent = await s.member('agent');
  });
  afterAll(() => s?.close());

  it('prunes change keys older than the retention and keeps the newer ones', async () => {
    const old = [{ key: newKey(), op: 'log', ...samplePost() }];
    const recent = [{ key: newKey(), op: 'log', ...samplePost() }];
    expect((await push(old))[0].status).toBe('applied');
    expect((await push(recent))[0].status).toBe('applied');
    await s.db.query('update applied_keys set at = now_ms() - $1 where change_key = $2', [31 * DAY_MS, old[0]?.key]);
    await s.db.query('update applied_keys set at = now_ms() - $1 where change_key = $2', [29 * DAY_MS, recent[0]?.key]);

    expect((await housekeeping()).keys).toBe(1);
    const kept = (await s.db.query<{ change_key: string }>('select change_key from applied_keys')).map(
      (r) => r.change_key,
    );
    expect(kept).toContain(recent[0]?.key);
    expect(kept).not.toContain(old[0]?.key);
    // Within the retention a retry is answered from the kept key; after it the key is unknown,
    // and the change is judged afresh (here: this person already logged this post).
    expect((await push(recent))[0]).toMatchObject({ status: 'applied', duplicate: true });
    expect((await push(old))[0]).toEqual({ key: old[0]?.key, status: 'unchanged' });
    expect((await housekeeping()).keys).toBe(0);
  });

  it('deletes sign-in counters whose window ended over an hour ago', async () => {
    await s.api(undefined, 'POST', '/api/login', { username: 'nobody', password: 'wrong-password' });
    const buckets = (await s.db.query<{ bucket: string }>('select bucket from login_limits')).map((r) => r.bucket);
    // Setting up and accepting invites count too, each in its own bucket.
    expect(buckets).toContain('/api/login 127.0.0.1');
    expect((await housekeeping()).loginBuckets).toBe(0);
    await s.db.query(`update login_limits set window_start = now_ms() - 2 * 3600000 where bucket like '/api/login %'`);
    expect((await housekeeping()).loginBuckets).toBe(1);
    const left = (await s.db.query<{ bucket: string }>('select bucket from login_limits')).map((r) => r.bucket);
    expect(left).toEqual(buckets.filter((b) => !b.startsWith('/api/login ')));
  });
});
