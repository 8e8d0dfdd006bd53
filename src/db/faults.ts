// Storage faults the user can act on, told apart from bugs: the disk or the browser's quota is
// full, or the database was deleted under the extension (site data cleared, another page).
import type { SimakDb } from './db';

export type StorageFault = 'full' | 'closed' | 'other';

/** Thrown by the worker when it finds its log was deleted since it last used it. */
export class StorageLostError extends Error {
  override name = 'StorageLost';
}

/** The IndexedDB / Dexie error names that say "storage failed", not "Simak has a bug". */
const STORAGE_NAMES = /^(Abort|Unknown|Open|Version|InvalidState|ReadOnly|Database|Upgrade|Dexie|IDB)/;

/**
 * What kind of storage fault `e` is, or undefined when it is not one. Dexie wraps the browser's
 * error (an aborted transaction holds the QuotaExceededError as `inner`), so the whole chain
 * is looked at, and the failures of a bulk operation too.
 */
export function storageFault(e: unknown): StorageFault | undefined {
  const names: string[] = [];
  const visit = (x: unknown, depth: number) => {
    if (depth > 5 || !x || typeof x !== 'object') return;
    const err = x as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof err.name === 'string') names.push(err.name);
    visit(err.inner, depth + 1);
    visit(err.cause, depth + 1);
    if (Array.isArray(err.failures)) for (const f of err.failures.slice(0, 5)) visit(f, depth + 1);
  };
  visit(e, 0);
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return 'full';
  if (names.some((n) => n === 'DatabaseClosedError')) return 'closed';
  if (names.some((n) => STORAGE_NAMES.test(n))) return 'other';
  return undefined;
}

/**
 * Calls `onLost` when the database is deleted under this connection: another context deletes
 * it (versionchange to no version), or it had to be created again after this worker had
 * already opened it (the browser's site data was cleared). The first creation is not a loss.
 */
export function watchForLoss(db: SimakDb, onLost: () => void): void {
  let openedBefore = false;
  // A deletion seen as versionchange is recreated at the next open: one loss, told once.
  let toldSinceOpen = false;
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (event.newVersion) return;
    toldSinceOpen = true;
    onLost();
  });
  db.on('populate', () => {
    if (openedBefore && !toldSinceOpen) onLost();
  });
  db.on(
    'ready',
    () => {
      openedBefore = true;
      toldSinceOpen = false;
    },
    true,
  );
}

/** Opens the database again if it was closed (deleted through this very connection, say). */
export async function reopenIfClosed(db: SimakDb): Promise<void> {
  if (db.hasBeenClosed()) await db.open();
}
