// Bundled by bench/popup.ts and run inside an extension page: writes complaints into the log
// the way a team sync's pull does (each batch in steps of BULK_STEP, one transaction per step:
// the complaints, then the search index patch with `applyChanges`), so the bench measures the
// path the extension ships.
import { inSteps } from '../../src/db/bulk-steps';
import { BULK_TABLES, ComplaintIndex } from '../../src/db/complaint-index';
import { SimakDb } from '../../src/db/db';
import type { Complaint, ComplaintStatus } from '../../src/db/schema';
import { makeComplaint } from '../../tests/support/complaints';

const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];
const db = new SimakDb();
const index = new ComplaintIndex(db);

/** Complaint number `i`: a distinct post, 30 s after number i − 1, with "no. i" in its text. */
function complaint(i: number, start: number, tag: string): Complaint {
  const c = makeComplaint(i, { status: STATUSES[i % 4] as ComplaintStatus }, start - i * 30_000);
  const key = `${c.site}:${tag.trim()}${1_000_000 + i}`;
  return {
    ...c,
    postKey: key,
    post: {
      ...c.post,
      key,
      postId: `${tag.trim()}${1_000_000 + i}`,
      text: `${c.post.text.replace(/#\d+$/, '')} ${tag}no. ${i}`,
    },
  };
}

/** A batch written as a pull writes its page: in steps, each with its index patch (db/bulk-steps.ts). */
async function writeBatch(put: Complaint[]): Promise<void> {
  for (const step of inSteps(put)) {
    await db.transaction('rw', [...BULK_TABLES], async () => {
      await db.complaints.bulkPut(step);
      await index.applyChanges(step);
    });
  }
}

/** `total` complaints ending about now, in batches of `batch`. */
async function seed(total: number, batch: number): Promise<void> {
  const start = Date.now() - total * 30_000;
  for (let from = 0; from < total; from += batch) {
    const put: Complaint[] = [];
    for (let i = from; i < Math.min(total, from + batch); i++) put.push(complaint(i, start, ''));
    await writeBatch(put);
  }
}

/** The log's ids, read once before a pull (see `prepare`). */
let known: string[] | undefined;

/**
 * Reads the ids of the complaints a pull may change, before it starts: reading 100,000 keys is
 * one task of a fifth of a second (and a garbage collection) on the renderer thread this page
 * shares with the popup, which a real pull (in the worker, changing the complaints the server
 * names) never runs. Left inside the pull, it landed on the first searches the bench timed.
 */
async function prepare(): Promise<string[]> {
  known = await db.complaints.orderBy(':id').primaryKeys();
  return known;
}

/**
 * A pull of `count` changes in batches of `batch`, `pauseMs` apart: four in five are complaints
 * new to this device (the newest of the log), one in five a status change to an existing one.
 * Returns how many complaints were new, and how long each batch's transaction took.
 */
async function pull(count: number, batch: number, pauseMs: number): Promise<{ fresh: number; batchMs: number[] }> {
  const ids = known ?? (await prepare());
  const start = Date.now();
  let fresh = 0;
  const batchMs: number[] = [];
  for (let done = 0; done < count; done += batch) {
    const put: Complaint[] = [];
    const changed: string[] = [];
    for (let k = done; k < Math.min(count, done + batch); k++) {
      if (k % 5 === 4) changed.push(ids[(k * 7919) % ids.length] as string);
      else put.push(complaint(fresh++, start + count * 30_000, 'pulled '));
    }
    for (const old of await db.complaints.bulkGet(changed)) {
      if (old) put.push({ ...old, status: 'resolved', updatedAt: Date.now() });
    }
    const t0 = performance.now();
    await writeBatch(put);
    batchMs.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { fresh, batchMs };
}

(globalThis as unknown as { simakBench: unknown }).simakBench = { seed, prepare, pull };
