import { describe, expect, it } from 'vitest';
import type { Post } from '../core/types';
import { analyzePost, applySettings } from './analyzer';

const post = (text: string): Post => ({ key: 'x:1', site: 'x', postId: '1', author: {}, text, counts: {}, kind: 'post' });

describe('analyzePost', () => {
  it('matches the watch queries from the settings and follows their changes', () => {
    applySettings({ watchQueries: ['"tidak bisa login"', 'antri*'], thresholds: { complaint: 0.5, negative: -0.2 } });
    expect(analyzePost(post('gak bisa login dari pagi')).matches.map((m) => m.queryId)).toEqual(['"tidak bisa login"']);
    applySettings({ watchQueries: ['antri*'], thresholds: { complaint: 0.5, negative: -0.2 } });
    expect(analyzePost(post('gak bisa login dari pagi')).matches).toEqual([]);
  });

  it('applies the complaint threshold from the settings', () => {
    const text = 'aplikasinya gak bisa login, tolong diperbaiki';
    applySettings({ watchQueries: [], thresholds: { complaint: 0.5, negative: -0.2 } });
    expect(analyzePost(post(text)).complaint.is).toBe(true);
    applySettings({ watchQueries: [], thresholds: { complaint: 1, negative: -0.2 } });
    expect(analyzePost(post(text)).complaint.is).toBe(false);
  });
});
