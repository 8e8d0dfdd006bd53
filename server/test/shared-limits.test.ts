// Two server processes on one PostgreSQL (each with its own connections, as behind a load
// balancer) count sign-in attempts together and share an account's lockout: a caller gets the
// configured allowance once, not once per process.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, startServerOn, type TestServer } from './harness';

describe('two server processes on one PostgreSQL', () => {
  const open: TestServer[] = [];
  const pair = async (loginRatePerMinute: number) => {
    const a = await startServer('postgres', { loginRatePerMinute });
    open.push(a);
    if (!a.url) throw new Error('no database address');
    const b = await startServerOn(a.url, { loginRatePerMinute });
    open.unshift(b);
    return [a, b] as const;
  };
  afterEach(async () => {
    // The second server first: the first one drops the database.
    for (const s of open.splice(0)) await s.close();
  });

  it('share the sign-in rate limit, and a window that is over allows again', async () => {
    const [a, b] = await pair(3);
    const attempt = (s: TestServer) =>
      s.api(undefined, 'POST', '/api/login', { username: 'nobody', password: 'wrong-password' }).then((r) => r.status);
    const statuses = [];
    for (const s of [a, b, a, b, a]) statuses.push(await attempt(s));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // The window is over (aged here rather than waited for): attempts are allowed again, on both.
    await a.db.query('update login_limits set window_start = window_start - 61000');
    expect(await attempt(b)).toBe(401);
    expect(await attempt(a)).toBe(401);
  });

  it('share the lockout of an account after wrong passwords through either', async () => {
    const [a, b] = await pair(10_000);
    await a.setup();
    const m = await a.member('agent');
    for (const s of [a, b, a, b, a]) {
      const r = await s.api(undefined, 'POST', '/api/login', { username: m.username, password: 'wrong-password' });
      expect(r.status).toBe(401);
    }
    const right = { username: m.username, password: `${m.username}-password` };
    for (const s of [a, b]) expect((await s.api(undefined, 'POST', '/api/login', right)).body.error).toBe('locked');
  });
});
