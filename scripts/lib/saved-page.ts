// A saved page of a site still carries the site's own scripts: strip them, so the site's app
// cannot boot and wipe the saved DOM (in Chromium) and nothing is fetched (in happy-dom).

/** The saved page without scripts, preloads and meta refreshes. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*rel=["']?(?:preload|modulepreload|prefetch)[^>]*>/gi, '')
    .replace(/<meta\b[^>]*http-equiv=["']?refresh[^>]*>/gi, '');
}
