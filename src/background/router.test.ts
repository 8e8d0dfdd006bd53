import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis, Post } from '../core/types';
import { SimakDb } from '../db/db';
import { makeHandlers } from './handlers';
import { makeRouter } from './router';

const OWN = 'simak-id';
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
  const route = makeRouter(
    makeHandlers({
      db,
      analyze: (p) => {
        analyzed++;
        return analysisFor(p);
      },
      deviceId: async () => 'dev',
    }),
    OWN,
  );
  return { db, route, analyzedCount: () => analyzed };
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

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

describe('worker router', () => {
  it('refuses messages from another extension or a page', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, { id: 'someone-else' })).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
    expect(await route({ type: 'ping' }, {})).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(await route({ type: 'ping' }, { id: OWN })).toEqual({ ok: true, value: { pong: true } });
  });

  it('scores seen posts once per post key and counts them in the daily stats', async () => {
    const { route, db, analyzedCount } = setup();
    const batch = [post('1', 'kartu ditolak di RS'), post('2', 'pelayanan cepat, terima kasih')];
    const first = await route({ type: 'posts/seen', posts: batch }, { id: OWN });
    expect(first.ok).toBe(true);
    await route({ type: 'posts/seen', posts: batch }, { id: OWN });
    expect(analyzedCount()).toBe(2);
    const summary = await route({ type: 'summary/today' }, { id: OWN });
    expect(summary).toMatchObject({ ok: true, value: { postsSeen: 2, sentiment: { negative: 1, positive: 1 } } });
    // Only the likely complaint is kept in detail.
    expect(await db.posts.toCollection().primaryKeys()).toEqual(['x:1']);
  });

  it('logs a complaint once however often it is clicked, and undo removes it', async () => {
    const { route, db } = setup();
    const p = post('9', 'kartu ditolak, tolong min');
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () => route({ type: 'complaint/log', post: p }, { id: OWN })),
    );
    const outcomes = clicks.map((c) => (c.ok ? (c.value as { alreadyLogged: boolean }).alreadyLogged : 'error'));
    expect(outcomes.filter((o) => o === false)).toHaveLength(1);
    expect(outcomes.filter((o) => o === true)).toHaveLength(4);
    const [complaint] = await db.complaints.toArray();
    expect(complaint).toMatchObject({ postKey: 'x:9', status: 'new', category: 'kepesertaan', priority: 'high' });
    const undo = await route({ type: 'complaint/undo', id: complaint?.id ?? '' }, { id: OWN });
    expect(undo).toEqual({ ok: true, value: { removed: true } });
    expect(await db.complaints.count()).toBe(0);
  });

  it('forgets the post texts kept for diagnostics when the log changes (delete everything)', async () => {
    const { route } = setup();
    await route({ type: 'posts/seen', posts: [post('5', 'kartu ditolak, cuci darah')] }, { id: OWN });
    expect(await route({ type: 'posts/recent' }, { id: OWN })).toMatchObject({
      ok: true,
      value: { posts: [{ key: 'x:5' }] },
    });
    await route({ type: 'complaints/changed' }, { id: OWN });
    expect(await route({ type: 'posts/recent' }, { id: OWN })).toMatchObject({ ok: true, value: { posts: [] } });
  });
});
