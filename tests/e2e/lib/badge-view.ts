// The shared visibility probe (tests/support/visibility.ts) run on every badge in Chromium.
import type { Page } from 'playwright-core';
import { inBadge, inBadges } from '../../../scripts/lib/badge-dom';
import { type BadgeView, type PostParts, probeBadge } from '../../support/visibility';

/** Measures every badge with the shared visibility probe. */
export function viewBadges(page: Page, parts: PostParts): Promise<(BadgeView | null)[]> {
  // The probe travels as source, inside the function sent (no eval in the page: a site's CSP
  // would refuse it).
  const fn = `(badges, parts) => {
    const probe = ${probeBadge.toString()};
    return badges.map((b) => { const chip = b.root.querySelector('.chip'); return chip ? probe(b.host, chip, parts) : null; });
  }`;
  return inBadges<PostParts, (BadgeView | null)[]>(page, fn, parts);
}

/** Measures one badge alone: `index` in document order, or a selector for its host. */
export function viewBadge(page: Page, parts: PostParts, index: number | string): Promise<BadgeView | null> {
  const fn = `(b, parts) => {
    const probe = ${probeBadge.toString()};
    const chip = b?.root.querySelector('.chip');
    return chip ? probe(b.host, chip, parts) : null;
  }`;
  return inBadge<PostParts, BadgeView | null>(page, index, fn, parts);
}
