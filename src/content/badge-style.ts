// The badge's own stylesheet, inside its shadow root: the site's CSS cannot reach in, and the
// host's rules are !important so the site's cannot move or size the host either (in the
// cascade, a shadow root's important rules win over the page's). The host is absolutely
// positioned at its static place and takes no room: the page's layout never moves. Every
// colour pair is opaque and its own, so the badge reads the same on light and dark themes;
// badge-style.test.ts holds each pair to a contrast of at least 4.5:1.

/** Text and background of each part of the badge. */
export const COLOURS = {
  negative: { fg: '#8c1d18', bg: '#fde7e9' },
  neutral: { fg: '#37474f', bg: '#eceff1' },
  positive: { fg: '#1b5e20', bg: '#e3f4e8' },
  urgent: { fg: '#ffffff', bg: '#b3261e' },
  category: { fg: '#7a4100', bg: '#fff4e0' },
  match: { fg: '#283593', bg: '#e8eaf6' },
  panel: { fg: '#1f1f1f', bg: '#ffffff' },
  log: { fg: '#ffffff', bg: '#00695c' },
  logged: { fg: '#ffffff', bg: '#455a64' },
  toast: { fg: '#ffffff', bg: '#263238' },
} as const;

/** The chip's size in CSS pixels: small enough for X's avatar column (40 px wide). */
export const CHIP = { w: 30, h: 20 } as const;

const pair = (name: keyof typeof COLOURS) => `background: ${COLOURS[name].bg}; color: ${COLOURS[name].fg};`;

export const BADGE_CSS = `
:host { all: initial !important; position: absolute !important; display: block !important;
  width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important;
  overflow: visible !important; z-index: 1 !important; transform: none !important; }
.badge { position: absolute; left: 0; top: 0; visibility: hidden;
  font: 600 12px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.badge.placed { visibility: visible; }
button { all: unset; cursor: pointer; box-sizing: border-box; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.chip { display: flex; align-items: center; justify-content: center; gap: 1px;
  width: ${CHIP.w}px; height: ${CHIP.h}px; border-radius: ${CHIP.h / 2}px;
  border: 1px solid #0000008c; box-shadow: 0 0 0 1px #ffffffb3; font-weight: 800; }
.chip.negative, .tag.negative { ${pair('negative')} }
.chip.neutral, .tag.neutral { ${pair('neutral')} }
.chip.positive, .tag.positive { ${pair('positive')} }
.chip.urgent, .tag.urgent { ${pair('urgent')} }
.panel { display: none; position: absolute; top: ${CHIP.h}px; left: 0; z-index: 1;
  width: max-content; max-width: var(--panel-max, 320px); padding: 8px; border-radius: 8px;
  border: 1px solid #0005; box-shadow: 0 2px 10px #0004; ${pair('panel')} font-weight: 400; }
.panel:popover-open { display: block; position: fixed; inset: auto; margin: 0; }
.badge.open .panel { display: block; }
.badge.end .panel:not(:popover-open) { left: auto; right: 0; }
.row { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.tag { border-radius: 9px; padding: 0 7px; white-space: nowrap; max-width: 180px; overflow: hidden;
  text-overflow: ellipsis; border: 1px solid #0003; font-weight: 600; }
.tag.category { ${pair('category')} }
.tag.match { ${pair('match')} }
.why { white-space: normal; overflow-wrap: anywhere; margin-bottom: 6px; }
.log { border-radius: 9px; padding: 1px 10px; font-weight: 600; ${pair('log')} }
.log[data-state="logged"] { ${pair('logged')} }
.log:disabled { opacity: 0.8; cursor: progress; }
.toast { margin-top: 6px; border-radius: 6px; padding: 4px 8px; display: flex; gap: 8px; align-items: center;
  ${pair('toast')} }
.toast button { text-decoration: underline; }
`;
