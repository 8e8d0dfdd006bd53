// Simple line icons drawn for the demo feeds (not the sites' own artwork): enough for a person
// to recognise reply, repost, like, share, save and a post's menu at a glance.
const svg = (body: string, label?: string) =>
  `<svg viewBox="0 0 24 24" ${label ? `aria-label="${label}" role="img"` : 'aria-hidden="true"'}>${body}</svg>`;

export const icon = {
  reply: (label?: string) => svg('<path d="M4 5h16v11H9l-5 4z"/>', label),
  repost: (label?: string) => svg('<path d="M7 4 4 7l3 3M4 7h13v4M17 20l3-3-3-3M20 17H7v-4"/>', label),
  like: (label?: string) =>
    svg('<path d="M12 20S3.5 14.5 3.5 8.8A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8.5 1.8C20.5 14.5 12 20 12 20z"/>', label),
  views: (label?: string) => svg('<path d="M5 20V12M10 20V6M15 20v-9M20 20V9"/>', label),
  share: (label?: string) => svg('<path d="M12 15V3M7 8l5-5 5 5M4 14v6h16v-6"/>', label),
  save: (label?: string) => svg('<path d="M6 3h12v18l-6-5-6 5z"/>', label),
  more: (label?: string) =>
    svg(
      '<circle cx="5" cy="12" r="1.2" fill="currentColor"/><circle cx="12" cy="12" r="1.2" fill="currentColor"/><circle cx="19" cy="12" r="1.2" fill="currentColor"/>',
      label,
    ),
  close: (label?: string) => svg('<path d="M6 6l12 12M18 6 6 18"/>', label),
  globe: () => svg('<circle cx="12" cy="12" r="8"/><path d="M4 12h16M12 4c3 3 3 13 0 16M12 4c-3 3-3 13 0 16"/>'),
  comment: (label?: string) => svg('<path d="M20 12a8 8 0 1 1-3.2-6.4A8 8 0 0 1 20 12zM20 12l1 8-6-2.5"/>', label),
};

/** A person's picture in the demo: their initial on a colour of their own (no photos). */
export function avatarColour(handle: string): string {
  let h = 0;
  for (const c of handle) h = (h * 31 + (c.codePointAt(0) ?? 0)) % 360;
  return `hsl(${h} 55% 42%)`;
}
