// @vitest-environment happy-dom
// The text reader walks with its own stack: a page cannot overflow it by nesting a post's
// text thousands of levels deep, and a post nested past the cap is skipped with its reason.
import { describe, expect, it } from 'vitest';
import { adapterFor } from './index';
import { MAX_TEXT_DEPTH, readText, TextTooDeep } from './read';

/**
 * `text` inside `depth` nested spans, built downwards from `top`: happy-dom walks a subtree
 * recursively when it is attached, so a deep one is never attached whole.
 */
function nested(depth: number, text: string, top: HTMLElement = document.createElement('div')): HTMLElement {
  let at: HTMLElement = top;
  for (let i = 0; i < depth; i++) {
    const span = document.createElement('span');
    at.append(span);
    at = span;
  }
  at.append(text);
  return top;
}

function deepTweet(depth: number): Element {
  const article = document.createElement('article');
  article.dataset.testid = 'tweet';
  article.innerHTML =
    '<a href="/warga/status/42"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a><div data-testid="tweetText" lang="in"></div>';
  nested(depth, 'Antri dari subuh', article.querySelector('[data-testid=tweetText]') as HTMLElement);
  return article;
}

describe('readText', () => {
  it('reads text, emoji alt, line breaks and blocks in document order', () => {
    const el = document.createElement('div');
    el.innerHTML =
      '<div>Antri <b>lama</b> <img alt="😡"></div><p>baris<br>dua</p><button>Lainnya</button><span>akhir</span>';
    expect(readText(el, { blocks: true })).toBe('Antri lama 😡\nbaris\ndua\nakhir');
    expect(readText(el)).toBe('Antri lama 😡baris\nduaakhir');
  });

  it('reads text nested just under the cap', () => {
    expect(readText(nested(MAX_TEXT_DEPTH - 2, 'dalam sekali'))).toBe('dalam sekali');
  });

  it('refuses text nested past the cap, 20,000 levels included, without overflowing the stack', () => {
    expect(() => readText(nested(MAX_TEXT_DEPTH + 1, 'x'))).toThrow(TextTooDeep);
    expect(() => readText(nested(20_000, 'x'))).toThrow(TextTooDeep);
  });

  // 2,000 levels here: happy-dom's own querySelectorAll recurses and overflows at 20,000
  // (Chromium's does not); the reader itself is held to 20,000 above.
  it('a post nested past the cap is skipped, and the reason says so', () => {
    const adapter = adapterFor(new URL('https://x.com/home'));
    expect(adapter?.readPost(deepTweet(2_000), 'https://x.com/home')).toEqual({ skip: 'text too deep' });
    const shallow = adapter?.readPost(deepTweet(20), 'https://x.com/home');
    expect(shallow && 'post' in shallow ? shallow.post.text : shallow).toBe('Antri dari subuh');
  });
});
