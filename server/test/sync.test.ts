// The log and its sync API on both engines: one complaint per post per office with all its
// loggers, idempotent pushes, the conflict rule, merged notes, paged pulls, the live stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, newKey, samplePost, startServer, type TestServer } from './harness';

describe.each(BACKENDS)('sync on %s', (backend) => {
  let s: TestServer;
  let agentA: { token: string; username: string };
  let agentB: { token: string; username: string };
  const changes = (token: string, list: unknown[]) =>
    s.api(token, 'POST', `/api/offices/${s.officeId}/changes`, { changes: list });
  const log = (token: string, p = samplePost(), key = newKey()) => changes(token, [{ key, op: 'log', ...p }]);

  beforeAll(async () => {
    s = await startServer(backend);
    await s.setup();
    agentA = await s.member('agent');
    agentB = await s.member('agent');
  });
  afterAll(() => s?.close());

  it('keeps one complaint per post key per office, with every staff member who logged it', async () => {
    const p = samplePost();
    expect((await log(agentA.token, p)).body.results[0].status).toBe('applied');
    expect((await log(agentB.token, p)).body.results[0].status).toBe('applied');
    expect((await log(agentB.token, p)).body.results[0].status).toBe('unchanged');
    const c = await s.api(
      agentA.token,
      'GET',
      `/api/offices/${s.officeId}/complaints/${encodeURIComponent(p.post.key)}`,
    );
    expect(c.status).toBe(200);
    expect(c.body.loggers.map((l: { username: string }) => l.username)).toEqual([agentA.username, agentB.username]);
    expect(c.body.history.map((h: { field: string }) => h.field)).toEqual(['created', 'logged']);
    expect(c.body.post.text).toBe(p.post.text);
  });

  it('applies a retried push once: the same keys answer as duplicates and change nothing', async () => {
    const p = samplePost();
    const batch = [
      { key: newKey(), op: 'log', ...p },
      { key: newKey(), op: 'status', postKey: p.post.key, value: 'in-progress' },
      { key: newKey(), op: 'note', postKey: p.post.key, value: 'sudah dihubungi via DM' },
    ];
    const first = await changes(agentA.token, batch);
    const again = await changes(agentA.token, batch);
    expect(first.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(again.body.results).toEqual(first.body.results.map((r: object) => ({ ...r, duplicate: true })));
    const c = await s.api(
      agentA.token,
      'GET',
      `/api/offices/${s.officeId}/complaints/${encodeURIComponent(p.post.key)}`,
    );
    expect(c.body.notes).toEqual(['sudah dihubungi via DM']);
    expect(c.body.history).toHaveLength(3);
  });

  it('conflict rule: concurrent edits of one field, the later server order wins and both stay in history; notes merge', async () => {
    const p = samplePost();
    await log(agentA.token, p);
    // Both edited offline from "new"; A's push reaches the server first.
    const [a, b] = await Promise.all([
      changes(agentA.token, [
        { key: newKey(), op: 'status', postKey: p.post.key, value: 'resolved', at: 2_000 },
        { key: newKey(), op: 'note', postKey: p.post.key, value: 'catatan A' },
      ]),
      changes(agentB.token, [
        { key: newKey(), op: 'status', postKey: p.post.key, value: 'dismissed', at: 1_000 },
        { key: newKey(), op: 'note', postKey: p.post.key, value: 'catatan B' },
      ]),
    ]);
    const seqA = a.body.results[0].seq;
    const seqB = b.body.results[0].seq;
    const c = await s.api(
      agentA.token,
      'GET',
      `/api/offices/${s.officeId}/complaints/${encodeURIComponent(p.post.key)}`,
    );
    // Whichever the server ordered later wins, whatever the clients' clocks said.
    expect(c.body.status).toBe(seqA > seqB ? 'resolved' : 'dismissed');
    const statusChanges = c.body.history.filter((h: { field: string }) => h.field === 'status');
    expect(statusChanges).toHaveLength(2);
    expect(statusChanges[0].from).toBe('new');
    expect(statusChanges[1].from).toBe(statusChanges[0].to);
    expect([...c.body.notes].sort()).toEqual(['catatan A', 'catatan B']);
  });

  it('assigns: an agent takes a complaint, but cannot take it from someone else', async () => {
    const p = samplePost();
    await log(agentA.token, p);
    const take = await changes(agentA.token, [
      { key: newKey(), op: 'assign', postKey: p.post.key, value: agentA.username },
    ]);
    expect(take.body.results[0].status).toBe('applied');
    const steal = await changes(agentB.token, [
      { key: newKey(), op: 'assign', postKey: p.post.key, value: agentB.username },
    ]);
    expect(steal.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const sup = await s.member('supervisor');
    const move = await changes(sup.token, [
      { key: newKey(), op: 'assign', postKey: p.post.key, value: agentB.username },
    ]);
    expect(move.body.results[0].status).toBe('applied');
    const c = await s.api(
      agentA.token,
      'GET',
      `/api/offices/${s.officeId}/complaints/${encodeURIComponent(p.post.key)}`,
    );
    expect(c.body.assignee).toBe(agentB.username);
    const nobody = await changes(sup.token, [
      { key: newKey(), op: 'assign', postKey: p.post.key, value: 'no-such-user' },
    ]);
    expect(nobody.body.results[0]).toMatchObject({ status: 'rejected', reason: 'unknown-member' });
  });

  it('rejects a change to a post nobody logged', async () => {
    const r = await changes(agentA.token, [
      { key: newKey(), op: 'status', postKey: 'x:never-logged', value: 'resolved' },
    ]);
    expect(r.body.results[0]).toMatchObject({ status: 'rejected', reason: 'not-found' });
  });

  it('pulls every change once, in server order, a page at a time', async () => {
    const office = await s.office(`Paging ${backend}`);
    const agent = await s.member('agent', office);
    const batch = Array.from({ length: 25 }, () => ({ key: newKey(), op: 'log', ...samplePost() }));
    await s.api(agent.token, 'POST', `/api/offices/${office}/changes`, { changes: batch });
    const seen: number[] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = await s.api(agent.token, 'GET', `/api/offices/${office}/changes?since=${cursor}&limit=10`);
      expect(page.status).toBe(200);
      seen.push(...page.body.changes.map((c: { seq: number }) => c.seq));
      expect(page.body.complaints).toHaveLength(page.body.changes.length);
      cursor = page.body.cursor;
      more = page.body.more;
    }
    expect(seen).toHaveLength(25);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    expect(new Set(seen).size).toBe(25);
  });

  it('streams new changes to open clients (Server-Sent Events), from a cursor', async () => {
    const office = await s.office(`Stream ${backend}`);
    const agent = await s.member('agent', office);
    const viewer = await s.member('viewer', office);
    const first = samplePost();
    await s.api(agent.token, 'POST', `/api/offices/${office}/changes`, {
      changes: [{ key: newKey(), op: 'log', ...first }],
    });
    const ctrl = new AbortController();
    const res = await fetch(`${s.base}/api/offices/${office}/stream?since=0`, {
      headers: { authorization: `Bearer ${viewer.token}` },
      signal: ctrl.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    if (!res.body) throw new Error('no stream body');
    const reader = res.body.getReader();
    const second = samplePost();
    await s.api(agent.token, 'POST', `/api/offices/${office}/changes`, {
      changes: [{ key: newKey(), op: 'log', ...second }],
    });
    let text = '';
    const dec = new TextDecoder();
    while (!(text.includes(first.post.key) && text.includes(second.post.key))) {
      const { value, done } = await reader.read();
      if (done) break;
      text += dec.decode(value);
    }
    ctrl.abort();
    const events = text.split('\n\n').filter((e) => e.includes('event: changes'));
    const keys = events.flatMap((e) =>
      JSON.parse(e.split('data: ')[1] ?? '{}').changes.map((c: { postKey: string }) => c.postKey),
    );
    expect(keys).toEqual([first.post.key, second.post.key]);
  });

  it('refuses malformed, invalid and oversized bodies', async () => {
    const url = `/api/offices/${s.officeId}/changes`;
    expect((await s.api(agentA.token, 'POST', url, '{"changes": [')).status).toBe(400);
    expect((await s.api(agentA.token, 'POST', url, { changes: [] })).status).toBe(400);
    const bad = await s.api(agentA.token, 'POST', url, {
      changes: [{ key: newKey(), op: 'status', postKey: 'x:1', value: 'lost' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid');
    const shortKey = await s.api(agentA.token, 'POST', url, {
      changes: [{ key: 'k', op: 'note', postKey: 'x:1', value: 'hi' }],
    });
    expect(shortKey.status).toBe(400);
    const tooMany = Array.from({ length: 101 }, () => ({ key: newKey(), op: 'note', postKey: 'x:1', value: 'a' }));
    expect((await s.api(agentA.token, 'POST', url, { changes: tooMany })).status).toBe(400);
    const huge = { changes: [{ key: newKey(), op: 'note', postKey: 'x:1', value: 'a'.repeat(5 * 1024 * 1024) }] };
    const big = await s.api(agentA.token, 'POST', url, huge);
    expect(big.status).toBe(413);
    const bigLogin = await s.api(undefined, 'POST', '/api/login', { username: 'a', password: 'b'.repeat(100_000) });
    expect(bigLogin.status).toBe(413);
    expect((await s.api(agentA.token, 'GET', `/api/offices/${s.officeId}/changes?since=abc`)).status).toBe(400);
  });
});
