// Complaints written in bulk (a team pull's page, a page's batch) go to IndexedDB in steps of
// BULK_STEP, each its own read-write transaction with its search index patch (applyChanges).
// IndexedDB makes every read of the log wait for a write transaction under way: a search whose
// rows the worker does not hold (a new word typed while a pull writes) waited for the whole
// page, 200 or 250 complaints, 120–220 ms on a busy machine; it now waits for one step at most.
// Each step is a bulk change of its own (its revision, its change row, its news), so a reader
// sees the log before or after each step, never half of one.

/** Complaints per write transaction. */
export const BULK_STEP = 50;

/** `items` cut in order into runs of at most `size` (none for an empty list). */
export function inSteps<T>(items: readonly T[], size = BULK_STEP): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
