/**
 * The post's own address, if it is an ordinary web link. Post URLs come from the page and are
 * untrusted: a `javascript:` or `data:` address must never become a clickable link.
 */
export function safeHttpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
