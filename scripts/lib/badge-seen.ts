// Whether a person sees a badge where it belongs: on top at its own centre (nothing of the
// site covers or clips it) and over its own post. Self-contained on purpose: it needs only the
// badge host (`[data-simak-badge]`); an open shadow root's first chip is checked when there is
// one, else the host's own box (a closed root shows only the host). It runs in the page (any
// driver's evaluate), so it names no helper of its own.

export const BADGE = '[data-simak-badge]';

/** Why the badge `host` is not seen on the post matching `postSelector` ('' when it is). Scrolls it into view first. */
export function badgeNotSeen(host: Element, postSelector: string): string {
  const target = host.shadowRoot?.querySelector('.chip') ?? host;
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  if (box.width < 4 || box.height < 4) return `the badge has no area (${box.width}×${box.height})`;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const at = `(${Math.round(x)}, ${Math.round(y)})`;
  // From the document a point inside a shadow root answers its host.
  const hit = document.elementFromPoint(x, y);
  if (hit !== host) {
    const what = hit ? `<${hit.localName}${hit.className ? ` class="${hit.className}"` : ''}>` : 'nothing';
    return `at the badge's centre ${at} is ${what}`;
  }
  const post = host.closest(postSelector)?.getBoundingClientRect();
  if (!post) return 'the badge is in no post';
  if (x < post.left || x > post.right || y < post.top || y > post.bottom) {
    const edges = [post.left, post.top, post.right, post.bottom].map(Math.round).join(', ');
    return `the badge's centre ${at} is outside its post (${edges})`;
  }
  return '';
}
