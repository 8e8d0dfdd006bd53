// The badge's own stylesheet, inside its shadow root: the site's CSS cannot reach it and it
// cannot reach the site. Opaque chips with their own colours read on light and dark themes.
export const BADGE_CSS = `
:host { all: initial; display: block; position: relative; height: 0; overflow: visible; z-index: 2; }
.bar { position: absolute; top: 2px; right: 44px; display: flex; gap: 4px; align-items: center;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.chip { border-radius: 9px; padding: 0 7px; white-space: nowrap; max-width: 180px; overflow: hidden;
  text-overflow: ellipsis; border: 1px solid #0003; }
.negative { background: #fde7e9; color: #8c1d18; }
.neutral { background: #eceff1; color: #37474f; }
.positive { background: #e3f4e8; color: #1b5e20; }
.category { background: #fff4e0; color: #7a4100; }
.urgent { background: #b3261e; color: #fff; }
.match { background: #e8eaf6; color: #283593; }
button { all: unset; cursor: pointer; border-radius: 9px; padding: 0 8px; background: #00796b; color: #fff;
  font: inherit; }
button:focus-visible, .why:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
button[data-state="logged"] { background: #455a64; }
.why { position: relative; }
.tip { display: none; position: absolute; top: 20px; right: 0; width: 260px; padding: 8px;
  background: #fff; color: #1f1f1f; border: 1px solid #0004; border-radius: 6px;
  box-shadow: 0 2px 8px #0003; font-weight: 400; white-space: normal; }
.why:hover .tip, .why:focus-within .tip, .why:focus .tip { display: block; }
.toast { position: absolute; top: 22px; right: 0; background: #263238; color: #fff; border-radius: 6px;
  padding: 4px 8px; display: flex; gap: 8px; align-items: center; white-space: nowrap; }
.toast button { background: transparent; text-decoration: underline; padding: 0; }
`;
