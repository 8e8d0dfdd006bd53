// Styles a badge's closed shadow root. One constructed sheet, shared by every badge, is parsed
// once. Older Firefox (ESR 140, Debian's, among them) refuses adoptedStyleSheets from a content
// script ("Accessing from Xray wrapper is not supported", Mozilla bug 1770592): there each root
// gets its own <style> instead, and the first refusal settles it for the rest of the session.
import { BADGE_CSS } from './badge-style';

let sheet: CSSStyleSheet | undefined;
let adoptable = true;

/** Styles `root`; returns the <style> the root must keep beside the badge, when it had to use one. */
export function styleBadgeRoot(root: ShadowRoot): HTMLStyleElement | undefined {
  if (adoptable) {
    try {
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(BADGE_CSS);
      root.adoptedStyleSheets = [sheet];
      return undefined;
    } catch {
      adoptable = false;
    }
  }
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  return style;
}
