// The team server's origin from what the user typed: kept apart from the API client so the
// options page can ask the browser for access to it without bundling any network code.

/** The server's origin from what the user typed ("kantor.local:8787" → "http://kantor.local:8787"). */
export function serverOrigin(typed: string): string | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
