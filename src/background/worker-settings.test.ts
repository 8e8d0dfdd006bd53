import { describe, expect, it } from 'vitest';
import type { Post } from '../core/types';
import { DEFAULT_SETTINGS } from '../settings';
import { WorkerSettings } from './worker-settings';

const post = (text: string): Post => ({
  key: 'x:1',
  site: 'x',
  postId: '1',
  author: {},
  text,
  counts: {},
  kind: 'post',
});

describe('the worker’s settings', () => {
  it('matches the watch queries from the settings and follows their changes', () => {
    const settings = new WorkerSettings({ ...DEFAULT_SETTINGS, watchQueries: ['"tidak bisa login"', 'antri*'] });
    expect(settings.analyze(post('gak bisa login dari pagi')).matches.map((m) => m.queryId)).toEqual([
      '"tidak bisa login"',
    ]);
    const before = settings.generation;
    settings.apply({ ...DEFAULT_SETTINGS, watchQueries: ['antri*'] });
    expect(settings.generation).not.toBe(before);
    expect(settings.analyze(post('gak bisa login dari pagi')).matches).toEqual([]);
  });

  it('decides a complaint at the user’s threshold, in the core’s decision', () => {
    const text = 'kartu ditolak di rs';
    const settings = new WorkerSettings();
    const { probability } = settings.analyze(post(text)).complaint;
    expect(probability).toBeGreaterThan(0.2);
    expect(probability).toBeLessThan(0.98);
    settings.apply({ ...DEFAULT_SETTINGS, thresholds: { complaint: probability + 0.01, negative: null } });
    expect(settings.analyze(post(text)).complaint).toMatchObject({ is: false, urgent: false });
    settings.apply({ ...DEFAULT_SETTINGS, thresholds: { complaint: probability, negative: null } });
    expect(settings.analyze(post(text)).complaint).toMatchObject({ is: true, probability });
  });

  it('reads only the sites switched on', () => {
    const settings = new WorkerSettings();
    expect(settings.readsSite('facebook')).toBe(true);
    settings.apply({ ...DEFAULT_SETTINGS, sites: { x: true, facebook: false, instagram: true } });
    expect(settings.readsSite('facebook')).toBe(false);
  });
});
