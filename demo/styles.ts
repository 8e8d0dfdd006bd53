// The demo feeds' own CSS, written for Simak after the layout of the saved pages (their
// structure and computed styles), not copied from the sites' stylesheets. It keeps the traits
// that decide whether a badge is seen: X's article is a flex row that hides its overflow, in
// cells placed by transforms under a sticky header, and every box is a positioned flex column;
// Facebook's post is a rounded card that clips, with its menu buttons top right; Instagram's
// article is a narrow column, header then media then actions then the caption. Below a
// phone's width each drops its side columns and its post fills the width, as the sites do.

const FONT = '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const X_CSS = `
body { margin: 0; background: #fff; color: #0f1419; font: 15px/20px ${FONT}; }
a { color: inherit; text-decoration: none; }
button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
:where(.x-app div) { display: flex; flex-direction: column; position: relative; box-sizing: border-box; min-width: 0; z-index: 0; }
.x-app { display: flex; flex-direction: row; justify-content: center; min-height: 100vh; }
.x-nav { display: flex; flex-direction: column; width: 275px; padding: 0 12px; position: sticky; top: 0; height: 100vh; align-items: flex-start; }
.x-logo { font: 700 30px/52px ${FONT}; padding: 0 12px; }
.x-nav a { font-size: 20px; line-height: 24px; padding: 12px; border-radius: 9999px; }
.x-nav .x-post { margin-top: 16px; width: 90%; background: #0f1419; color: #fff; font: 700 17px/52px ${FONT};
  text-align: center; border-radius: 9999px; }
main.x-main { width: 600px; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; }
.x-top { position: sticky; top: 0; z-index: 3; background: #ffffffd9; backdrop-filter: blur(12px);
  border-bottom: 1px solid #eff3f4; }
.x-top h1 { font: 700 20px/24px ${FONT}; margin: 0; padding: 14px 16px; }
.x-tabs { flex-direction: row; }
.x-tabs span { flex: 1; text-align: center; padding: 16px 0; color: #536471; font-weight: 500; }
.x-tabs span.on { color: #0f1419; font-weight: 700;
  background: linear-gradient(#1d9bf0, #1d9bf0) no-repeat center bottom / 64px 4px; }
.x-virtual { position: relative; }
.x-virtual > [data-testid="cellInnerDiv"] { position: absolute; width: 100%; top: 0; left: 0; }
article.x-tweet { display: flex; flex-direction: row; overflow: hidden; padding: 0 16px; cursor: pointer;
  border-bottom: 1px solid #eff3f4; outline: none; }
article.x-tweet:hover { background: #f7f7f7; }
.x-tweet .x-col { flex-grow: 1; flex-shrink: 1; }
.x-tweet .x-context { flex-direction: row; padding-top: 12px; margin-bottom: -8px; padding-left: 48px; color: #536471;
  font-size: 13px; font-weight: 700; }
.x-tweet .x-row { flex-direction: row; }
.x-tweet .x-avatar { flex-basis: 40px; flex-shrink: 0; margin-right: 8px; padding-top: 12px; }
.x-av { width: 40px; height: 40px; border-radius: 50%; color: #fff; font: 700 17px/40px ${FONT}; text-align: center;
  display: block; }
.x-tweet .x-body { flex-basis: 0; flex-grow: 1; padding: 12px 0 12px; }
.x-head { flex-direction: row; justify-content: space-between; align-items: flex-start; margin-bottom: 2px; }
.x-tweet [data-testid="User-Name"] { flex-direction: row; align-items: center; flex-shrink: 1; overflow: hidden;
  white-space: nowrap; gap: 4px; }
.x-name { font-weight: 700; }
.x-handle, .x-dot, .x-time { color: #536471; }
.x-caret { flex-direction: row; gap: 4px; margin: -6px -8px -6px 0; }
.x-caret button { width: 34px; height: 34px; border-radius: 50%; color: #536471; display: grid; place-items: center; }
.x-caret button:hover { background: #1d9bf01a; color: #1d9bf0; }
.x-tweet [data-testid="tweetText"] { display: block; white-space: pre-wrap; overflow-wrap: anywhere; }
.x-ad-line { display: block; color: #536471; font-size: 13px; margin-top: 4px; }
.x-actions { flex-direction: row; justify-content: space-between; margin-top: 12px; max-width: 425px; }
.x-actions button { flex-direction: row; display: flex; align-items: center; gap: 4px; color: #536471; font-size: 13px; }
.x-side { width: 350px; padding: 12px 0 0 30px; }
.x-search { background: #eff3f4; border-radius: 9999px; padding: 10px 16px; color: #536471; }
.x-box { border: 1px solid #eff3f4; border-radius: 16px; margin-top: 16px; padding: 12px 16px; gap: 12px; }
.x-box h2 { font: 800 20px/24px ${FONT}; margin: 0; }
.x-box small { color: #536471; font-size: 13px; }
svg { width: 18px; height: 18px; fill: none; stroke: currentColor; stroke-width: 1.8; }
@media (max-width: 1020px) { .x-side { display: none; } }
@media (max-width: 700px) {
  .x-nav { display: none; }
  main.x-main { width: 100%; border: 0; }
}
`;

export const FACEBOOK_CSS = `
body { margin: 0; background: #f0f2f5; color: #050505; font: 15px/20px ${FONT}; }
a { color: inherit; text-decoration: none; }
.fb-bar { position: fixed; top: 0; left: 0; right: 0; height: 56px; z-index: 3; background: #fff;
  box-shadow: 0 1px 2px #0003; display: flex; align-items: center; gap: 8px; padding: 0 16px; }
.fb-logo { width: 40px; height: 40px; border-radius: 50%; background: #0866ff; color: #fff;
  font: 700 28px/44px ${FONT}; text-align: center; }
.fb-search { background: #f0f2f5; border-radius: 50px; padding: 9px 16px; color: #65676b; width: 220px; }
.fb-page { display: flex; justify-content: center; gap: 32px; padding-top: 72px; }
.fb-left { width: 280px; position: sticky; top: 72px; align-self: flex-start; display: flex; flex-direction: column;
  gap: 4px; }
.fb-left a { padding: 8px; border-radius: 8px; font-weight: 500; }
.fb-page > [role="main"] { flex: 0 1 590px; min-width: 0; }
[role="feed"] { display: flex; flex-direction: column; }
.fb-unit { margin-bottom: 16px; }
.fb-card { position: relative; background: #fff; border-radius: 8px; box-shadow: 0 1px 2px #0003; overflow: hidden; }
.fb-head { display: flex; align-items: flex-start; gap: 8px; padding: 12px 16px 0; }
.fb-av { width: 40px; height: 40px; border-radius: 50%; flex-shrink: 0; color: #fff; font: 700 17px/40px ${FONT};
  text-align: center; }
.fb-who { flex: 1; min-width: 0; }
.fb-who h3 { margin: 0; font: 600 15px/20px ${FONT}; }
.fb-meta { color: #65676b; font-size: 13px; line-height: 16px; display: flex; gap: 4px; align-items: center; }
.fb-tools { display: flex; gap: 4px; margin-right: -8px; }
.fb-tools button { width: 36px; height: 36px; border-radius: 50%; border: 0; background: none; color: #65676b;
  display: grid; place-items: center; cursor: pointer; }
.fb-tools button:hover { background: #f2f2f2; }
[data-ad-rendering-role="story_message"] { padding: 4px 16px 16px; white-space: pre-wrap; overflow-wrap: anywhere; }
.fb-media { height: 220px; }
.fb-counts { display: flex; justify-content: space-between; align-items: center; padding: 10px 16px; color: #65676b; }
.fb-counts > div { display: flex; gap: 12px; align-items: center; }
.fb-react { display: flex; align-items: center; gap: 6px; }
.fb-react [role="toolbar"] { display: flex; }
.fb-react [role="toolbar"] div { width: 18px; height: 18px; border-radius: 50%; background: #0866ff;
  border: 2px solid #fff; margin-left: -4px; }
.fb-react .fb-react-sum { display: none; }
.fb-buttons { display: flex; margin: 0 16px; border-top: 1px solid #ced0d4; padding: 4px 0; }
.fb-buttons > div { flex: 1; display: flex; justify-content: center; align-items: center; gap: 6px; padding: 6px 0;
  border-radius: 4px; color: #65676b; font-weight: 600; cursor: pointer; }
.fb-buttons > div:hover { background: #f2f2f2; }
svg { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.8; }
@media (max-width: 900px) { .fb-left { display: none; } }
@media (max-width: 600px) {
  .fb-search { display: none; }
  .fb-page { padding-top: 64px; }
  .fb-unit { margin-bottom: 8px; }
  .fb-card { border-radius: 0; }
}
`;

export const INSTAGRAM_CSS = `
body { margin: 0; background: #fff; color: #000; font: 14px/18px ${FONT}; }
a { color: inherit; text-decoration: none; }
button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
.ig-nav { position: fixed; top: 0; bottom: 0; left: 0; width: 244px; border-right: 1px solid #dbdbdb;
  padding: 8px 12px; box-sizing: border-box; display: flex; flex-direction: column; gap: 4px; background: #fff; z-index: 3; }
.ig-logo { font: italic 600 26px/60px Georgia, serif; padding: 0 12px; }
.ig-nav a { padding: 12px; border-radius: 8px; font-size: 16px; }
main.ig-main { margin-left: 244px; display: flex; justify-content: center; }
.ig-feed { flex: 0 1 470px; min-width: 0; padding-top: 24px; }
.ig-stories { display: flex; gap: 16px; padding: 8px 0 24px; overflow: hidden; }
.ig-stories span { width: 56px; height: 56px; border-radius: 50%; flex-shrink: 0;
  background: conic-gradient(#feda75, #fa7e1e, #d62976, #962fbf, #4f5bd5, #feda75); }
article.ig-post { display: flex; flex-direction: column; padding-bottom: 16px; margin-bottom: 12px;
  border-bottom: 1px solid #dbdbdb; }
.ig-post header { display: flex; align-items: center; gap: 10px; padding: 0 4px 12px 4px; }
.ig-av { width: 32px; height: 32px; border-radius: 50%; color: #fff; font: 600 14px/32px ${FONT}; text-align: center;
  box-shadow: 0 0 0 2px #fff, 0 0 0 4px #d62976; flex-shrink: 0; }
.ig-who { flex: 1; display: flex; align-items: center; gap: 4px; min-width: 0; white-space: nowrap; }
.ig-who .ig-handle { font-weight: 600; }
.ig-who .ig-dot, .ig-who time, .ig-sub { color: #737373; }
.ig-sub { font-size: 12px; }
.ig-more { width: 24px; height: 24px; }
.ig-media { aspect-ratio: 1; border-radius: 4px; border: 1px solid #dbdbdb; overflow: hidden; display: grid;
  place-items: center; color: #fffd; font: 600 22px/28px ${FONT}; text-align: center; padding: 24px; box-sizing: border-box; }
.ig-post section.ig-actions { display: flex; align-items: center; gap: 16px; padding: 6px 0; }
.ig-actions .ig-save { margin-left: auto; }
.ig-likes { font-weight: 600; }
.ig-caption { margin-top: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
.ig-caption > span > a { font-weight: 600; }
.ig-comments { margin-top: 6px; color: #737373; }
svg { width: 24px; height: 24px; fill: none; stroke: currentColor; stroke-width: 1.8; }
@media (max-width: 767px) {
  .ig-nav { top: auto; right: 0; width: auto; height: 48px; padding: 0 4px; flex-direction: row; align-items: center;
    justify-content: space-around; border-right: 0; border-top: 1px solid #dbdbdb; }
  .ig-logo { display: none; }
  .ig-nav a { padding: 4px; font-size: 11px; }
  main.ig-main { margin-left: 0; padding-bottom: 48px; }
  .ig-feed { padding-top: 8px; }
  .ig-post header, .ig-post section, .ig-post section.ig-actions, .ig-caption, .ig-comments { padding-left: 12px; padding-right: 12px; }
  .ig-media { border-radius: 0; border-left: 0; border-right: 0; }
}
`;
