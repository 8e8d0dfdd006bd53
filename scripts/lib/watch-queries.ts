// Watch queries for the CLIs: a JSON array of {"id", "query"} or a text file with one query per
// line ("id: query", or just the query, which is then its own id; # starts a comment line).
import { type CompiledWatchQuery, compileWatchQueries, knowsWord, type WatchQuery } from '../../src/core/analyze';

export function loadWatchQueries(text: string): CompiledWatchQuery[] {
  const list = text.trim().startsWith('[') ? fromJson(text) : fromLines(text);
  const { compiled, errors } = compileWatchQueries(list, knowsWord);
  const first = errors[0];
  if (first) {
    const source = list.find((q) => q.id === first.id)?.source ?? '';
    throw new Error(`watch query "${first.id}": ${first.error.message} at position ${first.error.position}: ${source}`);
  }
  return compiled;
}

function fromJson(text: string): WatchQuery[] {
  const raw = JSON.parse(text) as unknown;
  if (!Array.isArray(raw)) throw new Error('the queries file must hold a JSON array');
  return raw.map((q, i) => {
    const r = q as { id?: unknown; query?: unknown; source?: unknown };
    const source = typeof r.query === 'string' ? r.query : r.source;
    if (typeof source !== 'string') throw new Error(`query ${i + 1} has no "query" string`);
    return { id: typeof r.id === 'string' ? r.id : source, source };
  });
}

function fromLines(text: string): WatchQuery[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const m = /^([\w-]+):\s+(.+)$/.exec(l);
      return m?.[1] && m[2] ? { id: m[1], source: m[2] } : { id: l, source: l };
    });
}
