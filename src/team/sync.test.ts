// The sync engine against the real team server (in this process, on PGlite): two staff on two
// devices share the log, claim, edit the same complaint offline, lose answers, lose the server,
// lose their access; and a user without a team sends nothing. The live stream against it too.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TeamServer } from '../../scripts/lib/team-server';
import { makeComplaint } from '../../tests/support/complaints';
import { readCsvCopy } from '../db/csv-copy-store';
import { SimakDb } from '../db/db';
import { exportFile } from '../export/run';
import { type Fetch, TeamApi } from './api';
import { readCursor } from './config';
import { SyncEngine } from './engine';
import { LiveStream } from './live';
import { assignShared, logShared, shareLocal, undoShared, updateShared } from './local-writes';
import { signIn, signOut } from './session';

let server: TeamServer;
beforeAll(async () => {
  server = await TeamServer.start();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

let n = 0;
/** A device: its own local log, signed in as a new member of the office. */
async function device(name: string, fetchFn?: Fetch) {
  const db = new SimakDb(`team-${name}-${++n}`);
  const member = await server.member(`${name}${n}`);
  const api = (origin: string, token?: string) => new TeamApi(origin, token, fetchFn);
  await signIn(db, api(server.base), { mode: 'password', username: member.username, password: member.password });
  const engine = new SyncEngine({ db, api });
  return { db, member, engine, api, username: member.username };
}

const sample = (i: number) => makeComplaint(1_000 + i + n * 100);
const byKey = (db: SimakDb, key: string) => db.complaints.where('postKey').equals(key).first();

describe('two staff share one log', () => {
  it('A logs a post, B sees it with A as its logger, B claims it, A sees the claim', async () => {
    const a = await device('ani');
    const b = await device('budi');
    const c = sample(1);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    expect(await a.db.outbox.count()).toBe(1);
    await a.engine.sync();
    expect(await a.db.outbox.count()).toBe(0);

    await b.engine.sync();
    const seen = await byKey(b.db, c.postKey);
    expect(seen?.post.text).toBe(c.post.text);
    expect(seen?.team).toMatchObject({ loggers: [a.username], assignee: null });

    await assignShared(b.db, seen?.id as string, b.username);
    await b.engine.sync();
    await a.engine.sync();
    expect((await byKey(a.db, c.postKey))?.team?.assignee).toBe(b.username);
    expect((await b.engine.status()).state).toBe('synced');
  });

  it('the same post logged by two staff is one complaint with both names', async () => {
    const a = await device('citra');
    const b = await device('dedi');
    const c = sample(2);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    await logShared(b.db, c.post, c.analysis, 'dev-b');
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    const office = await server.complaint(c.postKey);
    expect(office.body.loggers.map((l: { username: string }) => l.username)).toEqual([a.username, b.username]);
    expect((await byKey(a.db, c.postKey))?.team?.loggers).toEqual([a.username, b.username]);
    expect((await byKey(b.db, c.postKey))?.team?.loggers).toEqual([a.username, b.username]);
    expect(await a.db.complaints.where('postKey').equals(c.postKey).count()).toBe(1);
  });

  it('both edit the same complaint offline: the later push wins on both devices, and the history has both edits', async () => {
    const a = await device('eka');
    const b = await device('fajar');
    const c = sample(3);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    await a.engine.sync();
    await b.engine.sync();
    // Offline on both: each edits the status and adds a note.
    const idA = (await byKey(a.db, c.postKey))?.id as string;
    const idB = (await byKey(b.db, c.postKey))?.id as string;
    await updateShared(a.db, idA, { status: 'in-progress', note: 'A: sudah DM' });
    await updateShared(b.db, idB, { status: 'resolved', note: 'B: selesai via telepon' });
    expect((await a.engine.status()).state).toBe('waiting');
    // Back online: A's changes reach the server first, then B's.
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    for (const d of [a, b]) {
      const got = await byKey(d.db, c.postKey);
      expect(got?.status).toBe('resolved');
      expect(got?.notes).toEqual(['A: sudah DM', 'B: selesai via telepon']);
      const statusEdits = got?.team?.history.filter((h) => h.field === 'status');
      expect(statusEdits?.map((h) => [h.by, h.to])).toEqual([
        [a.username, 'in-progress'],
        [b.username, 'resolved'],
      ]);
    }
  });

  it('a claim made before seeing a colleague’s claim is refused, and the colleague’s claim is shown', async () => {
    const a = await device('gita');
    const b = await device('hadi');
    const c = sample(4);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    await a.engine.sync();
    await b.engine.sync();
    await assignShared(a.db, (await byKey(a.db, c.postKey))?.id as string, a.username);
    await a.engine.sync();
    // B has not pulled since: B's device still shows nobody handling it.
    await assignShared(b.db, (await byKey(b.db, c.postKey))?.id as string, b.username);
    await b.engine.sync();
    expect((await byKey(b.db, c.postKey))?.team?.assignee).toBe(a.username);
    const status = await b.engine.status();
    expect(status.refused[0]).toMatchObject({ postKey: c.postKey, op: 'assign', reason: 'forbidden' });
    expect((await server.complaint(c.postKey)).body.assignee).toBe(a.username);
  });

  it('local complaints logged before joining are uploaded on request and joined by post key', async () => {
    const a = await device('indah');
    const b = await device('joko');
    const both = sample(5);
    const onlyB = sample(6);
    await logShared(a.db, both.post, both.analysis, 'dev-a');
    await a.engine.sync();
    // B logged these before joining (no team field), as today's users have.
    await b.db.complaints.bulkAdd([both, onlyB]);
    expect(await shareLocal(b.db, b.username)).toBe(2);
    await b.engine.sync();
    expect((await server.complaint(both.postKey)).body.loggers).toHaveLength(2);
    expect((await server.complaint(onlyB.postKey)).body.createdBy).toBe(b.username);
    expect(await b.db.complaints.where('postKey').equals(both.postKey).count()).toBe(1);
  });
});

describe('nothing lost, nothing doubled', () => {
  it('a worker stopped after the server applied a push but before the answer came: the retry changes nothing twice', async () => {
    let cut = true;
    // The answer to the first push is lost after the server committed it, as when Chromium
    // stops the worker mid-request.
    const losing: Fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (cut && init?.method === 'POST' && String(input).endsWith('/changes')) {
        cut = false;
        throw new DOMException('worker stopped', 'AbortError');
      }
      return res;
    };
    const a = await device('kiki', losing);
    const c = sample(7);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    await updateShared(a.db, (await byKey(a.db, c.postKey))?.id as string, { note: 'satu kali saja' });
    await a.engine.sync();
    expect(await a.db.outbox.count()).toBe(2);
    // A new worker over the same database (the old one is gone) runs the sync again.
    const again = new SyncEngine({ db: a.db, api: a.api });
    await again.sync();
    expect(await a.db.outbox.count()).toBe(0);
    const office = await server.complaint(c.postKey);
    expect(office.body.notes).toEqual(['satu kali saja']);
    expect(office.body.history.filter((h: { field: string }) => h.field === 'note')).toHaveLength(1);
    expect((await byKey(a.db, c.postKey))?.notes).toEqual(['satu kali saja']);
  });

  it('the server stopped mid-way and restarted: the device says offline, waits, then sends everything once', async () => {
    const a = await device('lina');
    const c = sample(8);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    await server.halt();
    try {
      await a.engine.sync();
      expect(await a.engine.status()).toMatchObject({ state: 'offline', pending: 1 });
      await updateShared(a.db, (await byKey(a.db, c.postKey))?.id as string, { status: 'in-progress' });
      expect((await a.engine.status()).pending).toBe(2);
    } finally {
      await server.listen();
    }
    await a.engine.sync();
    expect(await a.engine.status()).toMatchObject({ state: 'synced', pending: 0 });
    const office = await server.complaint(c.postKey);
    expect(office.body.status).toBe('in-progress');
    expect(office.body.history.map((h: { field: string }) => h.field)).toEqual(['created', 'status']);
  });

  it('a page pulled twice (cursor not saved) leaves the same log', async () => {
    const a = await device('maya');
    const b = await device('nanda');
    const c = sample(9);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    await updateShared(a.db, (await byKey(a.db, c.postKey))?.id as string, { note: 'catatan' });
    await a.engine.sync();
    await b.engine.sync();
    const once = await byKey(b.db, c.postKey);
    await b.db.settings.delete('teamCursor');
    await b.engine.sync();
    const twice = await byKey(b.db, c.postKey);
    expect(twice).toEqual(once);
  });

  it('a change the server cannot take is refused alone; the changes around it go through', async () => {
    const a = await device('putri');
    const c = sample(12);
    await logShared(a.db, c.post, c.analysis, 'dev-a');
    // A change no release of Simak makes (an unknown status), as a damaged outbox might hold.
    await a.db.outbox.add({
      key: 'c-broken-0001',
      postKey: c.postKey,
      change: { op: 'status', key: 'c-broken-0001', postKey: c.postKey, value: 'lost' } as never,
      queuedAt: 0,
    });
    await updateShared(a.db, (await byKey(a.db, c.postKey))?.id as string, { note: 'tetap terkirim' });
    await a.engine.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect((await server.complaint(c.postKey)).body.notes).toEqual(['tetap terkirim']);
    expect((await a.engine.status()).refused[0]).toMatchObject({ op: 'status', reason: 'invalid' });
  });
});

describe('undo and leaving', () => {
  it('undo of a log not yet sent: the server never hears of it; already sent: the office’s complaint is dismissed', async () => {
    const a = await device('rina');
    const unsent = sample(13);
    const sent = sample(14);
    const first = await logShared(a.db, unsent.post, unsent.analysis, 'dev-a');
    await undoShared(a.db, first.id);
    expect(await a.db.outbox.count()).toBe(0);
    const second = await logShared(a.db, sent.post, sent.analysis, 'dev-a');
    await a.engine.sync();
    await undoShared(a.db, second.id);
    await a.engine.sync();
    expect((await server.complaint(unsent.postKey)).status).toBe(404);
    expect((await server.complaint(sent.postKey)).body.status).toBe('dismissed');
  });

  it('signing out and clearing: colleagues’ complaints go, the user’s own stay as plain local ones, the token dies', async () => {
    const a = await device('sari');
    const b = await device('tono');
    const mine = sample(15);
    const theirs = sample(16);
    await logShared(a.db, mine.post, mine.analysis, 'dev-a');
    await logShared(b.db, theirs.post, theirs.analysis, 'dev-b');
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    // An export leaves the log's CSV copy in searchChunks, colleague's complaint included.
    await (await exportFile(a.db, 'csv', {})).saving;
    expect(await readCsvCopy(a.db)).toBeDefined();
    const token = (await a.db.settings.get('team'))?.value as { token: string };
    await signOut(a.db, a.api(server.base, token.token), false);
    expect(await byKey(a.db, theirs.postKey)).toBeUndefined();
    // Nothing saved beside the log still holds the colleague's complaint.
    expect(await readCsvCopy(a.db)).toBeUndefined();
    expect(await a.db.searchChunks.count()).toBe(0);
    expect((await (await exportFile(a.db, 'csv', {})).blob.text()).includes(theirs.post.url as string)).toBe(false);
    const own = await byKey(a.db, mine.postKey);
    expect(own?.post.text).toBe(mine.post.text);
    expect(own?.team).toBeUndefined();
    expect((await a.engine.status()).state).toBe('off');
    expect((await server.api(token.token, 'GET', '/api/me')).status).toBe(401);
  });
});

describe('access', () => {
  it('a revoked member’s device stops syncing and says why', async () => {
    const b = await device('oki');
    const c = sample(10);
    await logShared(b.db, c.post, c.analysis, 'dev-b');
    await b.engine.sync();
    await server.revoke(b.member);
    await updateShared(b.db, (await byKey(b.db, c.postKey))?.id as string, { status: 'resolved' });
    await b.engine.sync();
    const status = await b.engine.status();
    expect(status).toMatchObject({ state: 'stopped', error: { code: 'forbidden' }, pending: 1 });
    // And it stays stopped: no more requests until the user signs in again.
    let calls = 0;
    const counting = new SyncEngine({
      db: b.db,
      api: (o, t) =>
        new TeamApi(o, t, (...args) => {
          calls++;
          return fetch(...args);
        }),
    });
    await counting.sync();
    expect(calls).toBe(0);
  });

  it('without a team, logging and triage queue nothing and a sync sends nothing', async () => {
    const db = new SimakDb('team-none');
    let calls = 0;
    const engine = new SyncEngine({
      db,
      api: (o, t) =>
        new TeamApi(o, t, (...args) => {
          calls++;
          return fetch(...args);
        }),
    });
    const c = sample(11);
    const { id } = await logShared(db, c.post, c.analysis, 'dev');
    await updateShared(db, id, { status: 'resolved', note: 'lokal saja' });
    await engine.sync();
    expect(await db.outbox.count()).toBe(0);
    expect(calls).toBe(0);
    expect((await engine.status()).state).toBe('off');
    expect((await db.complaints.get(id))?.team).toBeUndefined();
  });
});

describe('the live stream', () => {
  it('a colleague’s push reaches the holder’s stream, and the pull it starts brings the complaint', async () => {
    const a = await device('eko');
    const b = await device('fitri');
    await b.engine.sync();
    const news = vi.fn(() => void b.engine.sync());
    const live = new LiveStream({
      open: async (signal) =>
        b.api(server.base, b.member.token).stream(server.officeId, await readCursor(b.db), signal),
      onNews: news,
    });
    live.hold();
    try {
      await vi.waitFor(() => expect(live.open).toBe(true));
      const c = sample(42);
      await logShared(a.db, c.post, c.analysis, 'dev-a');
      await a.engine.sync();
      await vi.waitFor(() => expect(news).toHaveBeenCalled(), { timeout: 10_000 });
      await vi.waitFor(async () => expect(await byKey(b.db, c.postKey)).toBeDefined(), { timeout: 10_000 });
    } finally {
      live.close();
    }
    expect(live.open).toBe(false);
  });

  it('a revoked token opens no stream', async () => {
    const c = await device('gita');
    const revoked = await device('hadi');
    await server.revoke(revoked.member);
    const body = await c.api(server.base, c.member.token).stream(server.officeId, 0, new AbortController().signal);
    expect(body).toBeInstanceOf(ReadableStream);
    await body.cancel();
    await expect(
      revoked.api(server.base, revoked.member.token).stream(server.officeId, 0, new AbortController().signal),
    ).rejects.toMatchObject({ code: expect.stringMatching(/unauthorised|forbidden/) });
  });
});
