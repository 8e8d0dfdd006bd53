// Access on both engines: every role × action, a token of another office, revoked, expired and
// disabled sessions, invites that expire, lockout, rate limits, CORS, headers, the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, newKey, samplePost, startServer, type TestServer } from './harness';

type Who = 'viewer' | 'agent' | 'supervisor' | 'admin';
const WHO: Who[] = ['viewer', 'agent', 'supervisor', 'admin'];

describe.each(BACKENDS)('access on %s', (backend) => {
  let s: TestServer;
  const tokens = {} as Record<Who, string>;
  let postKey = '';

  beforeAll(async () => {
    s = await startServer(backend);
    await s.setup();
    for (const w of WHO) tokens[w] = (await s.member(w)).token;
    const p = samplePost();
    postKey = p.post.key;
    await s.api(s.adminToken, 'POST', `/api/offices/${s.officeId}/changes`, {
      changes: [{ key: newKey(), op: 'log', ...p }],
    });
  });
  afterAll(() => s?.close());

  const o = () => `/api/offices/${s.officeId}`;
  /** Each action answers 'ok' or 'denied' for a token; it sets up its own target with the admin's token. */
  const actions: Record<string, (t: string) => Promise<'ok' | 'denied'>> = {
    'read the log': async (t) => ((await s.api(t, 'GET', `${o()}/changes`)).status === 200 ? 'ok' : 'denied'),
    'read a complaint': async (t) =>
      (await s.api(t, 'GET', `${o()}/complaints/${encodeURIComponent(postKey)}`)).status === 200 ? 'ok' : 'denied',
    'log a post': async (t) => {
      const r = await s.api(t, 'POST', `${o()}/changes`, { changes: [{ key: newKey(), op: 'log', ...samplePost() }] });
      return r.status === 200 && r.body.results[0].status === 'applied' ? 'ok' : 'denied';
    },
    'set status and add a note': async (t) => {
      const r = await s.api(t, 'POST', `${o()}/changes`, {
        changes: [
          { key: newKey(), op: 'status', postKey, value: Math.random() < 0.5 ? 'in-progress' : 'resolved' },
          { key: newKey(), op: 'note', postKey, value: 'dicek' },
        ],
      });
      return r.status === 200 && r.body.results[1].status === 'applied' ? 'ok' : 'denied';
    },
    'delete a complaint': async (t) => {
      const p = samplePost();
      await s.api(s.adminToken, 'POST', `${o()}/changes`, { changes: [{ key: newKey(), op: 'log', ...p }] });
      const r = await s.api(t, 'POST', `${o()}/changes`, {
        changes: [{ key: newKey(), op: 'delete', postKey: p.post.key, value: true }],
      });
      return r.status === 200 && r.body.results[0].status === 'applied' ? 'ok' : 'denied';
    },
    'list members': async (t) => ((await s.api(t, 'GET', `${o()}/members`)).status === 200 ? 'ok' : 'denied'),
    'invite an agent': async (t) =>
      (await s.api(t, 'POST', `${o()}/invites`, { role: 'agent' })).status === 200 ? 'ok' : 'denied',
    'invite a supervisor': async (t) =>
      (await s.api(t, 'POST', `${o()}/invites`, { role: 'supervisor' })).status === 200 ? 'ok' : 'denied',
    'revoke an agent': async (t) => {
      const m = await s.member('agent');
      return (await s.api(t, 'DELETE', `${o()}/members/${m.id}`)).status === 200 ? 'ok' : 'denied';
    },
    'change a role': async (t) => {
      const m = await s.member('viewer');
      return (await s.api(t, 'PUT', `${o()}/members/${m.id}`, { role: 'agent' })).status === 200 ? 'ok' : 'denied';
    },
    'read the audit log': async (t) => ((await s.api(t, 'GET', `${o()}/audit`)).status === 200 ? 'ok' : 'denied'),
    'create an office': async (t) =>
      (await s.api(t, 'POST', '/api/offices', { name: `Kantor ${newKey()}` })).status === 200 ? 'ok' : 'denied',
  };
  // Minimum role per action; 'org' = organisation admins only.
  const needs: Record<string, Who | 'org'> = {
    'read the log': 'viewer',
    'read a complaint': 'viewer',
    'log a post': 'agent',
    'set status and add a note': 'agent',
    'delete a complaint': 'supervisor',
    'list members': 'supervisor',
    'invite an agent': 'supervisor',
    'invite a supervisor': 'admin',
    'revoke an agent': 'supervisor',
    'change a role': 'admin',
    'read the audit log': 'admin',
    'create an office': 'org',
  };

  for (const [action, need] of Object.entries(needs)) {
    it(`${action}: allowed from ${need === 'org' ? 'organisation admins' : need} up, refused below`, async () => {
      const run = actions[action];
      if (!run) throw new Error(`no test action "${action}"`);
      const got: Record<string, string> = {};
      for (const w of WHO) got[w] = await run(tokens[w]);
      got.org = await run(s.adminToken);
      const rank = (w: string) => ['viewer', 'agent', 'supervisor', 'admin', 'org'].indexOf(w);
      const want = Object.fromEntries(Object.keys(got).map((w) => [w, rank(w) >= rank(need) ? 'ok' : 'denied']));
      expect(got).toEqual(want);
    });
  }

  it('an agent of another office reads and writes nothing here', async () => {
    const other = await s.office(`Surabaya ${backend}`);
    const stranger = await s.member('admin', other);
    const t = stranger.token;
    expect((await s.api(t, 'GET', `${o()}/changes`)).status).toBe(403);
    expect((await s.api(t, 'GET', `${o()}/complaints/${encodeURIComponent(postKey)}`)).status).toBe(403);
    expect((await s.api(t, 'GET', `${o()}/stream`)).status).toBe(403);
    expect((await s.api(t, 'GET', `${o()}/members`)).status).toBe(403);
    expect((await s.api(t, 'GET', `${o()}/audit`)).status).toBe(403);
    expect((await s.api(t, 'POST', `${o()}/invites`, { role: 'agent' })).status).toBe(403);
    const push = await s.api(t, 'POST', `${o()}/changes`, {
      changes: [{ key: newKey(), op: 'status', postKey, value: 'dismissed' }],
    });
    expect(push.status).toBe(403);
    // And an office that does not exist answers the same as one they are not in.
    expect((await s.api(t, 'GET', '/api/offices/999999/changes')).status).toBe(403);
    const mine = await s.api(t, 'GET', `/api/offices/${other}/changes`);
    expect(mine.body.changes).toEqual([]);
  });

  it('refuses a revoked, expired, disabled, forged or missing token', async () => {
    const a = await s.member('agent');
    const b = await s.member('agent');
    const c = await s.member('agent');
    const read = (t: string | undefined) => s.api(t, 'GET', `${o()}/changes`).then((r) => r.status);
    expect(await read(a.token)).toBe(200);
    expect((await s.api(a.token, 'POST', '/api/logout')).status).toBe(200);
    expect(await read(a.token)).toBe(401);
    const id = b.token.slice(3, 19);
    await s.db.query('update sessions set expires_at = now_ms() - 1 where id = $1', [id]);
    expect(await read(b.token)).toBe(401);
    expect((await s.api(s.adminToken, 'POST', `/api/users/${c.id}/disable`)).status).toBe(200);
    expect(await read(c.token)).toBe(401);
    const login = await s.api(undefined, 'POST', '/api/login', {
      username: c.username,
      password: `${c.username}-password`,
    });
    expect(login.status).toBe(401);
    expect(await read(`${s.adminToken.slice(0, -4)}AAAA`)).toBe(401);
    expect(await read('st_nonsense')).toBe(401);
    expect(await read(undefined)).toBe(401);
  });

  it('a removed member loses access at their next request', async () => {
    const m = await s.member('agent');
    expect((await s.api(m.token, 'GET', `${o()}/changes`)).status).toBe(200);
    await s.api(s.adminToken, 'DELETE', `${o()}/members/${m.id}`);
    expect((await s.api(m.token, 'GET', `${o()}/changes`)).status).toBe(403);
  });

  it('invite codes work once, and not after they expire or are revoked', async () => {
    const mk = async () => (await s.api(s.adminToken, 'POST', `${o()}/invites`, { role: 'viewer', hours: 1 })).body;
    const accept = (code: string, username: string) =>
      s.api(undefined, 'POST', '/api/invites/accept', { code, username, password: 'a-long-password' });
    const used = await mk();
    expect((await accept(used.code, 'first-user')).status).toBe(200);
    expect((await accept(used.code, 'second-user')).status).toBe(403);
    const expired = await mk();
    await s.db.query('update invites set expires_at = now_ms() - 1 where id = $1', [expired.id]);
    expect((await accept(expired.code, 'late-user')).status).toBe(403);
    const revoked = await mk();
    expect((await s.api(s.adminToken, 'DELETE', `${o()}/invites/${revoked.id}`)).status).toBe(200);
    expect((await accept(revoked.code, 'revoked-user')).status).toBe(403);
    // Someone else's username cannot be taken over through an invite.
    const again = await mk();
    expect((await accept(again.code, 'first-user')).status).toBe(200);
    const other = await mk();
    const takeover = await s.api(undefined, 'POST', '/api/invites/accept', {
      code: other.code,
      username: 'first-user',
      password: 'wrong-password',
    });
    expect(takeover.status).toBe(409);
  });

  it('the setup code works once', async () => {
    const r = await s.api(undefined, 'POST', '/api/setup', {
      code: 'AAAA-BBBB-CCCC-DDDD',
      username: 'intruder',
      password: 'long-password-1',
      office: 'X Office',
    });
    expect(r.status).toBe(403);
  });

  it('locks an account after repeated wrong passwords, and audits sign-ins, lockouts and role changes without secrets', async () => {
    const m = await s.member('viewer');
    const password = `${m.username}-password`;
    for (let i = 0; i < 5; i++) {
      const r = await s.api(undefined, 'POST', '/api/login', { username: m.username, password: 'wrong-password' });
      expect(r.status).toBe(401);
    }
    const locked = await s.api(undefined, 'POST', '/api/login', { username: m.username, password });
    expect(locked.status).toBe(429);
    expect(locked.body.error).toBe('locked');
    await s.db.query('update users set locked_until = now_ms() - 1 where id = $1', [m.id]);
    const ok = await s.api(undefined, 'POST', '/api/login', { username: m.username, password });
    expect(ok.status).toBe(200);
    await s.api(s.adminToken, 'PUT', `${o()}/members/${m.id}`, { role: 'agent' });
    const audit = await s.api(s.adminToken, 'GET', `${o()}/audit?limit=500`);
    const mineActions = audit.body.entries.filter(
      (e: { actor: string; target: string }) => e.actor === m.username || e.target === m.username,
    );
    const kinds = mineActions.map((e: { action: string }) => e.action);
    expect(kinds.filter((k: string) => k === 'login-failed')).toHaveLength(5);
    expect(kinds).toEqual(
      expect.arrayContaining(['lockout', 'login-refused-locked', 'login', 'role-changed', 'invite-accepted']),
    );
    const role = mineActions.find((e: { action: string }) => e.action === 'role-changed');
    expect(role.detail).toEqual({ from: 'viewer', to: 'agent' });
    const everything = JSON.stringify(await s.db.query('select * from audit_log'));
    expect(everything).not.toContain(password);
    expect(everything).not.toContain('wrong-password');
    expect(everything).not.toContain(ok.body.token.slice(3));
  });

  it('answers CORS only for extension origins, and sends security headers', async () => {
    const ext = await s.api(tokens.viewer, 'GET', `${o()}/changes`, undefined, {
      origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    });
    expect(ext.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    const site = await s.api(tokens.viewer, 'GET', `${o()}/changes`, undefined, { origin: 'https://evil.example' });
    expect(site.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${s.base}${o()}/changes`, {
      method: 'OPTIONS',
      headers: {
        origin: 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
    const h = await fetch(`${s.base}/health`);
    expect(await h.json()).toEqual({ ok: true, db: backend, version: 'test' });
    expect(h.headers.get('x-content-type-options')).toBe('nosniff');
    expect(h.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(h.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('sign-in rate limit', () => {
  it('refuses sign-in attempts beyond the per-address limit', async () => {
    const s = await startServer('pglite', { loginRatePerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await s.api(undefined, 'POST', '/api/login', { username: 'nobody', password: 'x' })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await s.close();
    }
  });
});
