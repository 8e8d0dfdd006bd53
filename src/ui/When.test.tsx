// @vitest-environment happy-dom
// A bad time in a record must not take a list down: it shows as unknown.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { When } from './When';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => (key === 'timeUnknown' ? 'unknown time' : '') } },
}));

function shown(ms: number): HTMLElement {
  const host = document.createElement('div');
  render(<When ms={ms} />, host);
  return host.querySelector('time') as HTMLElement;
}

describe('a record time', () => {
  it('shows a real time with its ISO form', () => {
    const ms = Date.UTC(2026, 10, 20, 8, 30);
    const time = shown(ms);
    expect(time.getAttribute('datetime')).toBe('2026-11-20T08:30:00.000Z');
    expect(time.textContent).toBe(new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  });

  it('follows the page language when it changes (the formatter is made once per language)', () => {
    const ms = Date.UTC(2026, 10, 20, 8, 30);
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    try {
      for (const lang of ['en', 'id', 'en']) {
        document.documentElement.lang = lang;
        expect(shown(ms).textContent).toBe(new Date(ms).toLocaleString(lang, options));
      }
      expect(new Date(ms).toLocaleString('id', options)).not.toBe(new Date(ms).toLocaleString('en', options));
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('shows a time no Date can hold (1e20, NaN, Infinity) as unknown, without throwing', () => {
    for (const bad of [1e20, -1e20, Number.NaN, Number.POSITIVE_INFINITY]) {
      const time = shown(bad);
      expect(time.hasAttribute('datetime')).toBe(false);
      expect(time.textContent).toBe('unknown time');
    }
  });
});
