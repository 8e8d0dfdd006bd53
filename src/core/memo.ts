// Per-token work done once: words repeat across posts ("yang", "bpjs", "gak"), so what the
// analysis works out about a token is kept by the token's text.

/**
 * The function, remembering its results. Forgets everything when full, which keeps memory flat
 * over a long day of posts; the common words come back at once.
 */
export function memoize<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}
