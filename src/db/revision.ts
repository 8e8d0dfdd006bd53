// The complaint log's revision: every write to `complaints` bumps it in the same transaction,
// so a cache of the log (the search index) can tell cheaply whether it is still current.
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
