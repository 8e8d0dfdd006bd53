// Storage faults in the worker: a full disk or quota, and the log deleted under the extension.
// Each answer must say what happened and what to do; the worker must keep going; nothing
// already saved may change.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { makeComplaint } from '../../tests/support/complaints';
import type { Analysis, Post } from '../core/types';
import { localDay } from '../db/day';
import { SimakDb } from '../db/db';
import { ALLOWED } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import { makeHandlers } from './handlers';
import { makeRouter } from './router';
import { PAGE, SELF, tab } from './test-senders';

const messages = en as Record<string, { message: string }>;
/** browser.i18n.getMessage over the English locale file. */
const describeEn = (key: string, sub?: string) => messages[key]?.message.replace(/\$[A-Z0-9_]+\$/g, sub ?? '') ?? '';

let n = 0;
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

function analysisFor(post: Post): Analysis {
  const complaint = post.text.includes('ditolak');
  return {
    lang: 'id',
    sentiment: {
      label: complaint ? 'negative' : 'positive',
      score: complaint ? -0.6 : 0.6,
      confidence: 0.8,
      drivers: [],
    },
    complaint: {
      is: complaint,
      probability: complaint ? 0.9 : 0.1,
      categories: [],
      urgent: false,
      urgencyFlags: [],
      asksForHelp: false,
    },
    matches: [],
    modelVersion: 'test',
  };
}

const post = (id: string, text = 'kartu ditolak di RS'): Post => ({
  key: `x:${id}`,
  site: 'x',
  postId: id,
  author: { handle: 'warga' },
  text,
  counts: {},
  kind: 'post',
});

type Fault = 'none' | 'quota' | 'quota-on-commit';

/** A worker over a database whose writes can be made to fail the way a full disk fails them. */
function setup() {
  const name = `faults-${++n}`;
  const db = new SimakDb(name);
  const state = { fault: 'none' as Fault };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) => {
            if (state.fault === 'none' || req.type === 'delete' || req.type === 'deleteRange') return table.mutate(req);
            const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            // Chromium reports quota at commit: the transaction aborts, holding the quota error.
            return Promise.reject(state.fault === 'quota' ? quota : new Dexie.AbortError('Transaction aborted', quota));
          },
        };
      },
    }),
  });
  const route = makeRouter(makeHandlers({ db, analyze: analysisFor, deviceId: async () => 'dev' }), SELF, {
    describe: describeEn,
  });
  // Each message from the kind of sender that sends it: logging from a tab, the rest from a page.
  const ask = (msg: { type: string; [field: string]: unknown }) =>
    route(msg, ALLOWED.page.has(msg.type) ? PAGE : tab(1)) as Promise<Result<Record<string, unknown>>>;
  return { db, name, state, ask };
}

async function everything(db: SimakDb) {
  return Promise.all([
    db.complaints.orderBy('id').toArray(),
    db.posts.toArray(),
    db.dailyStats.toArray(),
    db.settings.toArray(),
    db.sightings.toArray(),
  ]);
}

describe.each(['quota', 'quota-on-commit'] as const)('disk or quota full (%s)', (fault) => {
  it('a log is refused with a message saying what to do, the log is untouched, and logging works once there is room', async () => {
    const { db, state, ask } = setup();
    expect(await ask({ type: 'complaint/log', post: post('1') })).toMatchObject({ ok: true });
    // A soft-deleted record of post 2: logging it again deletes and re-adds in one transaction.
    await db.complaints.add(makeComplaint(2, { postKey: 'x:2', post: post('2'), deleted: 1 }));
    const before = await everything(db);

    state.fault = fault;
    for (const p of [post('2'), post('3')]) {
      const refused = await ask({ type: 'complaint/log', post: p });
      expect(refused).toEqual({
        ok: false,
        error: { code: 'storage-full', message: messages.errorStorageFull?.message },
      });
    }
    const logged = before[0].find((c) => c.postKey === 'x:1');
    const update = await ask({
      type: 'complaint/update',
      id: logged?.id,
      change: { status: 'resolved', note: 'sudah dihubungi' },
    });
    expect(update).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await everything(db)).toEqual(before);

    state.fault = 'none';
    expect(await ask({ type: 'complaint/log', post: post('3') })).toMatchObject({
      ok: true,
      value: { alreadyLogged: false },
    });
    expect(await db.complaints.where('postKey').equals('x:3').count()).toBe(1);
  });

  it('seen posts are still scored while the disk is full, and counted once there is room again', async () => {
    const { db, state, ask } = setup();
    await ask({ type: 'posts/seen', posts: [post('1')] });
    const before = await everything(db);

    state.fault = fault;
    const batch = [post('2'), post('3', 'pelayanan cepat')];
    const seen = await ask({ type: 'posts/seen', posts: batch });
    expect(seen).toMatchObject({
      ok: true,
      value: { unsaved: true, analyses: { 'x:2': { complaint: { is: true } }, 'x:3': {} } },
    });
    expect(await everything(db)).toEqual(before);

    state.fault = 'none';
    expect(await ask({ type: 'posts/seen', posts: batch })).toMatchObject({ ok: true, value: { analyses: {} } });
    await ask({ type: 'posts/seen', posts: batch });
    expect(await ask({ type: 'summary/today' })).toMatchObject({ ok: true, value: { postsSeen: 3 } });
  });

  it("a count that fails changes neither counts nor sightings, not even the deletion of an earlier day's", async () => {
    const { db, state, ask } = setup();
    await ask({ type: 'posts/seen', posts: [post('1')] });
    const yesterday = localDay(Date.now() - 86_400_000);
    await db.sightings.add({ id: `${yesterday}|x:0`, day: yesterday });
    const before = await everything(db);
    expect(before[4]).toHaveLength(2);

    // Deletes go through (see setup), so the earlier day's sightings are deleted, then the
    // transaction fails on its writes: the deletion must be undone with them.
    state.fault = fault;
    expect(await ask({ type: 'posts/seen', posts: [post('1'), post('2')] })).toMatchObject({
      ok: true,
      value: { unsaved: true },
    });
    expect(await everything(db)).toEqual(before);

    state.fault = 'none';
    await ask({ type: 'posts/seen', posts: [post('1'), post('2')] });
    expect(await ask({ type: 'summary/today' })).toMatchObject({ ok: true, value: { postsSeen: 2 } });
    expect((await db.sightings.toArray()).map((r) => r.id.split('|')[1])).toEqual(['x:1', 'x:2']);
  });
});

describe('the log deleted under the worker', () => {
  it('by another page: the next answer says so and what to do, then the worker carries on with a new log', async () => {
    const { name, ask } = setup();
    await ask({ type: 'complaint/log', post: post('1') });
    await ask({ type: 'posts/seen', posts: [post('1')] });
    // The list is cached in the worker: it must not show complaints that no longer exist.
    expect(await ask({ type: 'complaints/list', filter: {}, offset: 0, limit: 10 })).toMatchObject({
      ok: true,
      value: { total: 1 },
    });

    await new SimakDb(name).delete();

    // Answers that are not about the log do not use up the news.
    expect(await ask({ type: 'ping' })).toMatchObject({ ok: true });
    expect(await ask({ type: 'posts/seen', posts: [post('9', 'pelayanan cepat')] })).toMatchObject({ ok: true });
    const told = await ask({ type: 'complaints/list', filter: {}, offset: 0, limit: 10 });
    expect(told).toEqual({ ok: false, error: { code: 'storage-lost', message: messages.errorStorageLost?.message } });
    expect(await ask({ type: 'complaints/list', filter: {}, offset: 0, limit: 10 })).toMatchObject({
      ok: true,
      value: { total: 0, rows: [] },
    });
    const again = await ask({ type: 'complaint/log', post: post('1') });
    expect(again).toMatchObject({ ok: true, value: { alreadyLogged: false } });
    // Posts seen before the loss are counted again in the new log.
    await ask({ type: 'posts/seen', posts: [post('1')] });
    expect(await ask({ type: 'summary/today' })).toMatchObject({ ok: true, value: { postsSeen: 2, newComplaints: 1 } });
  });

  it('through the worker’s own connection (db.delete()): it reopens, says so once, and carries on', async () => {
    const { db, ask } = setup();
    await ask({ type: 'complaint/log', post: post('1') });
    await db.delete();

    expect(await ask({ type: 'complaint/log', post: post('2') })).toMatchObject({
      ok: false,
      error: { code: 'storage-lost' },
    });
    expect(await ask({ type: 'complaint/log', post: post('2') })).toMatchObject({
      ok: true,
      value: { alreadyLogged: false },
    });
    expect(await db.complaints.toCollection().primaryKeys()).toHaveLength(1);
  });

  it('a first start on an empty profile is not a loss', async () => {
    const { ask } = setup();
    expect(await ask({ type: 'summary/today' })).toMatchObject({ ok: true, value: { postsSeen: 0 } });
    expect(await ask({ type: 'complaints/list', filter: {}, offset: 0, limit: 10 })).toMatchObject({ ok: true });
  });
});
