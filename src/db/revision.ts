// The complaint log's revision: every write to `complaints` bumps it in the same transaction,
// so a cache of the log (the search index) can tell cheaply whether it is still current.
import type { Table } from 'dexie';
import type { SimakDb } from './db';

export const REVISION_KEY = 'logRevision';

/** Call inside a read-write transaction that includes `db.settings`. */
export async function bumpRevision(db: SimakDb, now = Date.now()): Promise<number> {
  const row = await db.settings.get(REVISION_KEY);
  const next = (typeof row?.value === 'number' ? row.value : 0) + 1;
  await db.settings.put({ key: REVISION_KEY, value: next, updatedAt: now });
  return next;
}

export async function readRevision(db: SimakDb): Promise<number> {
  const row = await db.settings.get(REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** The revisions one write took the log from and to. */
export interface RevisionSpan {
  from: number;
  to: number;
}

/**
 * Runs `write` (whose own read-write transaction is a subset of `tables`, settings among them)
 * in one transaction that also reads the log's revision before and after it: what the write
 * changed went from `from` to `to` and nothing else did, whoever else writes (no span when it
 * wrote nothing). The search index and the CSV copy save their change rows from it.
 */
export async function withRevisionSpan<T>(
  db: SimakDb,
  tables: Table[],
  write: () => Promise<T>,
): Promise<{ result: T; span?: RevisionSpan }> {
  return db.transaction('rw', tables, async () => {
    const from = await readRevision(db);
    const result = await write();
    const to = await readRevision(db);
    return to > from ? { result, span: { from, to } } : { result };
  });
}
