// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_CSS } from './badge-style';

// Each case loads the module afresh: its refusal flag lasts for a content session.
const load = async () => (await import('./badge-sheet')).styleBadgeRoot;
const shadow = () => document.createElement('div').attachShadow({ mode: 'closed' });

describe('a badge root gets its style', () => {
  beforeEach(() => vi.resetModules());

  it('adopts one shared sheet where the browser allows it', async () => {
    const styleBadgeRoot = await load();
    const a = shadow();
    const b = shadow();
    expect(styleBadgeRoot(a)).toBeUndefined();
    expect(styleBadgeRoot(b)).toBeUndefined();
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
  });

  it('falls back to a <style> of its own where adopting throws, as in Firefox ESR 140', async () => {
    const styleBadgeRoot = await load();
    const refusing = shadow();
    Object.defineProperty(refusing, 'adoptedStyleSheets', {
      set() {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    const style = styleBadgeRoot(refusing);
    expect(style?.tagName).toBe('STYLE');
    expect(style?.textContent).toBe(BADGE_CSS);
    // Once refused, later roots are not tried again.
    const later = shadow();
    expect(styleBadgeRoot(later)?.textContent).toBe(BADGE_CSS);
    expect(later.adoptedStyleSheets).toHaveLength(0);
  });
});
