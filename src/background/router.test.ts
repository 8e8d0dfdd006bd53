import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis, Post } from '../core/types';
import { SimakDb } from '../db/db';
import { makeHandlers } from './handlers';
import { makeRouter } from './router';
import { UNDO_WINDOW_MS } from './senders';
import { PAGE, SELF, tab } from './test-senders';

let n = 0;

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
      categories: complaint ? ['kepesertaan'] : [],
      urgent: false,
      urgencyFlags: [],
      asksForHelp: false,
    },
    matches: [],
    modelVersion: 'test',
  };
}

function setup() {
  const db = new SimakDb(`router-test-${++n}`);
  let analyzed = 0;
  const clock = { now: 1_000_000 };
  const route = makeRouter(
    makeHandlers({
      db,
      analyze: (p) => {
        analyzed++;
        return analysisFor(p);
      },
      deviceId: async () => 'dev',
    }),
    SELF,
    { now: () => clock.now },
  );
  return { db, route, clock, analyzedCount: () => analyzed };
}

const post = (id: string, text: string): Post => ({
  key: `x:${id}`,
  site: 'x',
  postId: id,
  author: { handle: 'warga' },
  text,
  counts: { likes: 2, replies: 1 },
  kind: 'post',
});

const refused = (code: string) => ({ ok: false, error: { code } });

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

describe('worker router', () => {
  it('scores seen posts once per post key and counts them in the daily stats', async () => {
    const { route, db, analyzedCount } = setup();
    const batch = [post('1', 'kartu ditolak di RS'), post('2', 'pelayanan cepat, terima kasih')];
    const first = await route({ type: 'posts/seen', posts: batch }, tab(1));
    expect(first.ok).toBe(true);
    await route({ type: 'posts/seen', posts: batch }, tab(2));
    expect(analyzedCount()).toBe(2);
    const summary = await route({ type: 'summary/today' }, PAGE);
    expect(summary).toMatchObject({ ok: true, value: { postsSeen: 2, sentiment: { negative: 1, positive: 1 } } });
    // Only the likely complaint is kept in detail.
    expect(await db.posts.toCollection().primaryKeys()).toEqual(['x:1']);
  });

  it('logs a complaint once however often it is clicked, and the tab that logged it can undo it', async () => {
    const { route, db } = setup();
    const p = post('9', 'kartu ditolak, tolong min');
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () => route({ type: 'complaint/log', post: p }, tab(1))),
    );
    const outcomes = clicks.map((c) => (c.ok ? (c.value as { alreadyLogged: boolean }).alreadyLogged : 'error'));
    expect(outcomes.filter((o) => o === false)).toHaveLength(1);
    expect(outcomes.filter((o) => o === true)).toHaveLength(4);
    const [complaint] = await db.complaints.toArray();
    expect(complaint).toMatchObject({ postKey: 'x:9', status: 'new', category: 'kepesertaan', priority: 'high' });
    const undo = await route({ type: 'complaint/undo', id: complaint?.id ?? '' }, tab(1));
    expect(undo).toEqual({ ok: true, value: { removed: true } });
    expect(await db.complaints.count()).toBe(0);
  });

  it('forgets the post texts kept for diagnostics when the log changes (delete everything)', async () => {
    const { route } = setup();
    await route({ type: 'posts/seen', posts: [post('5', 'kartu ditolak, cuci darah')] }, tab(1));
    expect(await route({ type: 'posts/recent' }, PAGE)).toMatchObject({
      ok: true,
      value: { posts: [{ key: 'x:5' }] },
    });
    await route({ type: 'complaints/changed' }, PAGE);
    expect(await route({ type: 'posts/recent' }, PAGE)).toMatchObject({ ok: true, value: { posts: [] } });
  });
});

describe('who may ask what', () => {
  it('refuses a message from another extension', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, { id: 'someone-else', url: PAGE.url })).toMatchObject(
      refused('foreign-sender'),
    );
  });

  it('refuses a message from a web page (no extension id)', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, { url: 'https://x.com/home', tab: { id: 1 } })).toMatchObject(
      refused('foreign-sender'),
    );
  });

  it('refuses a content script in a tab of a site Simak does not read', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, tab(1, 'https://x.com.evil.example/home'))).toMatchObject(
      refused('not-allowed'),
    );
    expect(await route({ type: 'ping' }, tab(1, 'http://x.com/home'))).toMatchObject(refused('not-allowed'));
  });

  it('refuses a sender of its own that is neither a page nor in a tab', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, { id: SELF.id, url: 'https://x.com/home' })).toMatchObject(
      refused('not-allowed'),
    );
    expect(await route({ type: 'ping' }, { id: SELF.id })).toMatchObject(refused('not-allowed'));
  });

  it('answers its pages and its content script alike where both may ask', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, PAGE)).toEqual({ ok: true, value: { pong: true } });
    expect(await route({ type: 'ping' }, tab(1, 'https://www.instagram.com/'))).toEqual({
      ok: true,
      value: { pong: true },
    });
  });

  // Every message of the log and of the extension's data, from a content script: refused,
  // though the same message from a page is answered (so the refusal is the sender's doing).
  it.each([
    ['list the log', { type: 'complaints/list', filter: {}, offset: 0, limit: 10 }],
    ['read a complaint', { type: 'complaint/get', id: 'ID' }],
    ['edit a complaint', { type: 'complaint/update', id: 'ID', change: { status: 'dismissed', note: 'x' } }],
    ['read the facets', { type: 'complaints/facets' }],
    ['count by category', { type: 'complaints/by-category', filter: {} }],
    ['announce a wipe or an import', { type: 'complaints/changed' }],
    ['read the posts other tabs sent', { type: 'posts/recent' }],
    ["read today's summary", { type: 'summary/today' }],
    ['check watch queries', { type: 'queries/check', sources: ['bpjs'], sample: 'bpjs' }],
  ])('refuses a content script that tries to %s', async (_what, raw) => {
    const { route, db } = setup();
    await route({ type: 'complaint/log', post: post('1', 'kartu ditolak') }, tab(1));
    const [complaint] = await db.complaints.toArray();
    const message = 'id' in raw ? { ...raw, id: complaint?.id } : raw;
    const before = await db.complaints.toArray();
    expect(await route(message, tab(1))).toMatchObject(refused('not-allowed'));
    expect(await db.complaints.toArray()).toEqual(before);
    expect(await route(message, PAGE)).toMatchObject({ ok: true });
  });

  it.each([
    ['log a complaint', { type: 'complaint/log', post: post('1', 'kartu ditolak') }],
    ['undo a log', { type: 'complaint/undo', id: 'ID' }],
  ])('refuses a page that tries to %s (only a tab logs, and only it undoes)', async (_what, raw) => {
    const { route, db } = setup();
    expect(await route(raw, PAGE)).toMatchObject(refused('not-allowed'));
    expect(await db.complaints.count()).toBe(0);
  });

  it.each([
    ['read the team status', { type: 'team/status' }],
    [
      'sign in to a team server',
      { type: 'team/sign-in', server: 'http://127.0.0.1:9', mode: 'password', username: 'ani', password: 'x' },
    ],
    ['claim a complaint', { type: 'team/assign', id: 'ID', to: 'ani' }],
    ['upload the log to a team', { type: 'team/upload' }],
    ['sign out of the team', { type: 'team/sign-out', keepData: false }],
  ])('refuses a content script that tries to %s (the team is the pages’ business)', async (_what, raw) => {
    const { route } = setup();
    expect(await route(raw, tab(1))).toMatchObject(refused('not-allowed'));
  });

  it('names the sender kind before the shape: a content script cannot probe page messages', async () => {
    const { route } = setup();
    expect(await route({ type: 'complaints/list', filter: 'junk' }, tab(1))).toMatchObject(refused('not-allowed'));
    expect(await route({ type: 'complaints/list', filter: 'junk' }, PAGE)).toMatchObject(refused('invalid-message'));
  });
});

describe('a content script undoes only its own tab’s latest log, shortly after', () => {
  async function logged(route: ReturnType<typeof setup>['route'], tabId: number, id: string) {
    const reply = await route({ type: 'complaint/log', post: post(id, `kartu ditolak ${id}`) }, tab(tabId));
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.value as { id: string }).id;
  }

  it('refuses to undo a complaint another tab logged', async () => {
    const { route, db } = setup();
    const id = await logged(route, 1, 'a');
    expect(await route({ type: 'complaint/undo', id }, tab(2))).toMatchObject(refused('not-allowed'));
    expect(await db.complaints.count()).toBe(1);
    expect(await route({ type: 'complaint/undo', id }, tab(1))).toMatchObject({ ok: true, value: { removed: true } });
  });

  it('refuses to undo an earlier log of the same tab once it logged another', async () => {
    const { route, db } = setup();
    const first = await logged(route, 1, 'a');
    await logged(route, 1, 'b');
    expect(await route({ type: 'complaint/undo', id: first }, tab(1))).toMatchObject(refused('not-allowed'));
    expect(await db.complaints.count()).toBe(2);
  });

  it('refuses to undo a complaint logged before (a post already in the log is not this tab’s log)', async () => {
    const { route, db } = setup();
    const id = await logged(route, 1, 'a');
    await logged(route, 1, 'b');
    // Tab 2 clicks the post tab 1 logged: "already logged", which gives it nothing to undo.
    expect(await route({ type: 'complaint/log', post: post('a', 'kartu ditolak a') }, tab(2))).toMatchObject({
      ok: true,
      value: { id, alreadyLogged: true },
    });
    expect(await route({ type: 'complaint/undo', id }, tab(2))).toMatchObject(refused('not-allowed'));
    expect(await db.complaints.count()).toBe(2);
  });

  it('refuses an undo after the window', async () => {
    const { route, db, clock } = setup();
    const id = await logged(route, 1, 'a');
    clock.now += UNDO_WINDOW_MS + 1;
    expect(await route({ type: 'complaint/undo', id }, tab(1))).toMatchObject(refused('not-allowed'));
    expect(await db.complaints.count()).toBe(1);
  });

  it('refuses a second undo of the same log', async () => {
    const { route } = setup();
    const id = await logged(route, 1, 'a');
    expect(await route({ type: 'complaint/undo', id }, tab(1))).toMatchObject({ ok: true, value: { removed: true } });
    expect(await route({ type: 'complaint/undo', id }, tab(1))).toMatchObject(refused('not-allowed'));
  });

  it('cannot delete the log by undoing in a loop: only the one latest log goes', async () => {
    const { route, db } = setup();
    const ids: string[] = [];
    for (const tabId of [1, 2, 3]) for (const i of [1, 2, 3, 4]) ids.push(await logged(route, tabId, `${tabId}-${i}`));
    const answers = [];
    for (const id of ids) answers.push(await route({ type: 'complaint/undo', id }, tab(3)));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await db.complaints.count()).toBe(ids.length - 1);
  });
});
