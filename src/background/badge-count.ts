// Today's new complaints on the toolbar badge, counted again after every change of the log (a
// complaint logged, a triage, each page of a team pull). Read from the log, the count walks
// every complaint of today with a cursor, decoding each full record in the worker: during a
// team pull of 5,000 changes that was 40 % of the worker's time, filled its young heap (scavenges
// of 60–140 ms while a search waited) and held a read of the log that the next pull step, and
// the search reading rows behind it, queued for. The worker's search index holds each
// complaint's status and day: when it is in memory, the count comes from it (the popup's
// summary asks the same, so its match list is already kept current, match-cache.ts).
import type { ComplaintIndex } from '../db/complaint-index';
import { countNewComplaintsOn } from '../db/complaints';
import type { SimakDb } from '../db/db';

/** Complaints new today (not deleted, status new): from the index in memory, else from the log. */
export function newComplaintsOn(db: SimakDb, index: ComplaintIndex, day: string): Promise<number> {
  return index.inMemory ? index.count({ status: 'new', from: day, to: day }) : countNewComplaintsOn(db, day);
}

/**
 * Runs `refresh` one at a time: asked again while one runs, it runs once more after it (a pull
 * asks after each page; counts that would only be overtaken are not made).
 */
export function oneAtATime(refresh: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await refresh().catch(() => undefined);
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  return run;
}
