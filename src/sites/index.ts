import type { SiteAdapter } from './types';

const x: SiteAdapter = { site: 'x', matches: (u) => /(^|\.)(x|twitter)\.com$/.test(u.hostname), findPostElements: (r) => [...r.querySelectorAll('article[data-testid="tweet"]')], readPost: (el) => { const a = el.querySelector('time')?.closest('a')?.getAttribute('href') ?? ''; const id = /status\/(\d+)/.exec(a)?.[1]; const text = el.querySelector('[data-testid="tweetText"]')?.textContent ?? ''; if (!id) return { skip: 'no id' }; return { post: { key: `x:${id}`, site: 'x', postId: id, author: {}, text, counts: {}, kind: 'post' } }; } };
export function adapterFor(url: URL): SiteAdapter | undefined { return [x].find((a) => a.matches(url)); }
