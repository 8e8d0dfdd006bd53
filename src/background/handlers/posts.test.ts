import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Post } from '../../core/types';
import { localDay } from '../../db/day';
import { SimakDb } from '../../db/db';
import { todayTotals } from '../../db/stats';
import { makeHandlers } from '.';

const post: Post = { key: 'x:1', site: 'x', postId: '1', author: {}, text: 'antri lama', counts: {}, kind: 'post' };

const analysis = (queryId: string | undefined): Analysis => ({
  lang: 'id',
  sentiment: { label: 'negative', score: -0.5, confidence: 0.7, drivers: [] },
  complaint: { is: false, probability: 0.2, categories: [], urgent: false, urgencyFlags: [], asksForHelp: false },
  matches: queryId ? [{ queryId, words: ['antri'] }] : [],
  modelVersion: 'test',
});

afterEach(async () => {
  vi.useRealTimers();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

describe('scores after a settings change', () => {
  it('re-scores a post seen before the change, and counts it in the day once', async () => {
    const db = new SimakDb('handlers-test');
    let generation = 0;
    let scored = 0;
    const handlers = makeHandlers({
      db,
      deviceId: async () => 'dev',
      settingsGeneration: () => generation,
      analyze: () => {
        scored++;
        return analysis(generation > 0 ? 'antre' : undefined);
      },
    });
    const first = await handlers['posts/seen']({ type: 'posts/seen', posts: [post] });
    expect(first.analyses['x:1']?.matches).toEqual([]);
    await handlers['posts/seen']({ type: 'posts/seen', posts: [post] });
    expect(scored).toBe(1);

    generation++;
    const again = await handlers['posts/seen']({ type: 'posts/seen', posts: [post] });
    expect(scored).toBe(2);
    expect(again.analyses['x:1']?.matches.map((m) => m.queryId)).toEqual(['antre']);
    expect((await todayTotals(db, localDay())).postsSeen).toBe(1);
  });
});

describe('posts counted once per local day, across worker restarts', () => {
  const p = (id: string): Post => ({ ...post, key: `x:${id}`, postId: id });
  /** A worker as Chromium starts it: a new connection and new handlers over the same database. */
  const startWorker = (name: string) => {
    const db = new SimakDb(name);
    return { db, handlers: makeHandlers({ db, deviceId: async () => 'dev', analyze: () => analysis('antre') }) };
  };
  const seen = (w: ReturnType<typeof startWorker>, ids: string[]) =>
    w.handlers['posts/seen']({ type: 'posts/seen', posts: ids.map(p) });
  /** Local wall-clock time: the counts are per day of the browser's time zone. */
  const at = (day: number, hour: number, minute = 0) => vi.setSystemTime(new Date(2026, 10, day, hour, minute));

  it('a new worker (after the old one was stopped) does not count again the posts shown again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(25, 10);
    const first = startWorker('sightings-restart');
    await seen(first, ['1', '2']);
    first.db.close();

    at(25, 10, 5);
    // A page reload or a navigation back: the same posts, and one new.
    const second = startWorker('sightings-restart');
    const reply = await seen(second, ['1', '2', '3']);
    expect(Object.keys(reply.analyses)).toEqual(['x:1', 'x:2', 'x:3']);
    const today = localDay(new Date(2026, 10, 25, 10));
    expect((await todayTotals(second.db, today)).postsSeen).toBe(3);
    expect(await second.db.dailyStats.get(`${today}|antre|x`)).toMatchObject({ postsSeen: 3 });
    expect((await second.db.sightings.toArray()).map((r) => r.id).sort()).toEqual(
      ['1', '2', '3'].map((id) => `${today}|x:${id}`),
    );
  });

  it("the same post on the next local day is counted in that day, and the earlier day's sightings are deleted", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(25, 23, 50);
    const worker = startWorker('sightings-next-day');
    await seen(worker, ['1', '2']);
    const [day1, day2] = [localDay(new Date(2026, 10, 25, 12)), localDay(new Date(2026, 10, 26, 12))];

    // The same worker, still running after midnight.
    at(26, 0, 10);
    await seen(worker, ['1']);
    expect((await todayTotals(worker.db, day1)).postsSeen).toBe(2);
    expect((await todayTotals(worker.db, day2)).postsSeen).toBe(1);
    expect(await worker.db.sightings.toArray()).toEqual([{ id: `${day2}|x:1`, day: day2 }]);

    // And a worker started later that day counts only the post not yet counted in it.
    worker.db.close();
    at(26, 9);
    const later = startWorker('sightings-next-day');
    await seen(later, ['1', '2']);
    expect((await todayTotals(later.db, day2)).postsSeen).toBe(2);
    expect((await todayTotals(later.db, day1)).postsSeen).toBe(2);
  });
});
