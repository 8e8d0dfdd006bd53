import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis, Post } from '../core/types';
import { localDay } from '../db/day';
import { SimakDb } from '../db/db';
import { todayTotals } from '../db/stats';
import { makeHandlers } from './handlers';

const post: Post = { key: 'x:1', site: 'x', postId: '1', author: {}, text: 'antri lama', counts: {}, kind: 'post' };

const analysis = (queryId: string | undefined): Analysis => ({
  lang: 'id',
  sentiment: { label: 'negative', score: -0.5, confidence: 0.7, drivers: [] },
  complaint: { is: false, probability: 0.2, categories: [], urgent: false, urgencyFlags: [], asksForHelp: false },
  matches: queryId ? [{ queryId, words: ['antri'] }] : [],
  modelVersion: 'test',
});

afterEach(async () => {
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
