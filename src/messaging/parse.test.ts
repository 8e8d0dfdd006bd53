import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../core/limits';
import { parseMessage } from './parse';

const post = {
  key: 'x:1',
  site: 'x',
  postId: '1',
  author: { handle: 'a' },
  text: 'antri lama',
  counts: { likes: 3 },
  kind: 'post',
};

describe('parseMessage', () => {
  it('accepts each well-formed message', () => {
    expect(parseMessage({ type: 'ping' })).toEqual({ ok: true, value: { type: 'ping' } });
    expect(parseMessage({ type: 'posts/seen', posts: [post] }).ok).toBe(true);
    expect(parseMessage({ type: 'complaint/log', post }).ok).toBe(true);
    expect(parseMessage({ type: 'complaint/undo', id: '01ABC' }).ok).toBe(true);
    expect(parseMessage({ type: 'summary/today' }).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'ping'],
    ['an unknown type', { type: 'account/follow' }],
    ['a post with a bad site', { type: 'complaint/log', post: { ...post, site: 'tiktok' } }],
    ['a negative count', { type: 'complaint/log', post: { ...post, counts: { likes: -1 } } }],
    ['a huge text', { type: 'complaint/log', post: { ...post, text: 'a'.repeat(MAX_TEXT + 1) } }],
    ['posts that are not a list', { type: 'posts/seen', posts: 'x' }],
  ])('refuses %s with an error value naming where', (_name, raw) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-message');
      expect(result.error.message.length).toBeGreaterThan(3);
    }
  });

  it('names the failing field', () => {
    const result = parseMessage({ type: 'complaint/log', post: { ...post, counts: { likes: 'many' } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('post.counts.likes');
  });
});

describe('parseMessage by sender kind', () => {
  it('accepts from a content script only what a content script may send', () => {
    expect(parseMessage({ type: 'complaint/log', post }, 'content').ok).toBe(true);
    expect(parseMessage({ type: 'complaints/list', filter: {}, offset: 0, limit: 5 }, 'content')).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });

  it('accepts from a page only what a page may send', () => {
    expect(parseMessage({ type: 'complaints/list', filter: {}, offset: 0, limit: 5 }, 'page').ok).toBe(true);
    expect(parseMessage({ type: 'complaint/undo', id: '01ABC' }, 'page')).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });

  it('calls an unknown type invalid, whoever sends it', () => {
    expect(parseMessage({ type: 'account/follow' }, 'content')).toMatchObject({ error: { code: 'invalid-message' } });
    expect(parseMessage({ type: 'account/follow' }, 'page')).toMatchObject({ error: { code: 'invalid-message' } });
  });
});
