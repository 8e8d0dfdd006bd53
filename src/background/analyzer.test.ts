import { describe, expect, it } from 'vitest';
import type { Post } from '../core/types';
import { analyzePost, applyWatchQueries } from './analyzer';

const post = (text: string): Post => ({
  key: 'x:1',
  site: 'x',
  postId: '1',
  author: {},
  text,
  counts: {},
  kind: 'post',
});

describe('analyzePost', () => {
  it('matches the watch queries from the settings and follows their changes', () => {
    applyWatchQueries(['"tidak bisa login"', 'antri*']);
    expect(analyzePost(post('gak bisa login dari pagi')).matches.map((m) => m.queryId)).toEqual(['"tidak bisa login"']);
    applyWatchQueries(['antri*']);
    expect(analyzePost(post('gak bisa login dari pagi')).matches).toEqual([]);
  });
});
