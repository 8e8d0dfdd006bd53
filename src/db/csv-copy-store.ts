// Reads and writes the CSV copy of the log (csv-copy.ts describes the rows) in `searchChunks`.
// Reading takes the base, the changes since and the log revision in one transaction, so a bulk
// write is either wholly in what is read or wholly not; the copy is used only when its changes
// lead from the base to that revision.

import {
  CSV_CHANGE_KEY,
  CSV_FORMAT,
  CSV_META_KEY,
  type CsvChange,
  type CsvMeta,
  type CsvPart,
  chainOf,
  changeKey,
  changeRow,
  type Folded,
  fold,
  partKeys,
} from './csv-copy';
import type { SimakDb } from './db';
import { readRevision } from './revision';

const isMeta = (row: unknown): row is CsvMeta =>
  typeof row === 'object' &&
  row !== null &&
  (row as CsvMeta).chunk === CSV_META_KEY &&
  (row as CsvMeta).format === CSV_FORMAT;

/** The copy at the log's revision: its parts in id order, and the base it was folded from. */
export interface CsvCopy {
  revision: number;
  base: CsvMeta;
  /** Changes folded in since the base (0: the base is current). */
  changes: number;
  folded: Folded;
}

/** The copy at the log's revision, or undefined when what is saved cannot give it. */
export async function readCsvCopy(db: SimakDb): Promise<CsvCopy | undefined> {
  const read = await db.transaction('r', db.searchChunks, db.settings, async () => {
    const revision = await readRevision(db);
    const meta = await db.searchChunks.get(CSV_META_KEY);
    if (!isMeta(meta)) return undefined;
    const [parts, changes] = await Promise.all([
      db.searchChunks.bulkGet(meta.parts) as Promise<(CsvPart | undefined)[]>,
      db.searchChunks
        .where('chunk')
        .between(changeKey(meta.revision + 1), changeKey(revision), true, true)
        .toArray() as Promise<CsvChange[]>,
    ]);
    return { revision, meta, parts, changes };
  });
  if (!read) return undefined;
  const { revision, meta, parts, changes } = read;
  // A base ahead of the log (its revision lost) describes some other log.
  const chain = meta.revision <= revision ? chainOf(changes, meta.revision, revision) : undefined;
  if (!chain || parts.some((p) => p === undefined)) return undefined;
  const folded = await fold(parts as CsvPart[], chain, partKeys(revision));
  return { revision, base: meta, changes: chain.length, folded };
}

/**
 * Saves a folded copy (exact at `revision`) as the new base, unless the base changed meanwhile
 * (another context saved one). Writes only the parts the changes touched; drops the changes
 * it includes and the parts it replaced. `checkLog`: also make sure the log is still at
 * `revision` (an export that read the records outside this transaction).
 */
export async function saveCsvBase(
  db: SimakDb,
  revision: number,
  folded: Folded,
  from: CsvMeta | undefined,
  checkLog: boolean,
): Promise<boolean> {
  const tables = checkLog ? [db.searchChunks, db.settings] : [db.searchChunks];
  return db.transaction('rw', tables, async () => {
    if (checkLog && (await readRevision(db)) !== revision) return false;
    const now = await db.searchChunks.get(CSV_META_KEY);
    const same = from ? isMeta(now) && now.revision === from.revision : !isMeta(now) || now.revision < revision;
    if (!same) return false;
    const kept = new Set(isMeta(now) ? now.parts : []);
    const gone = isMeta(now) ? now.parts.filter((key) => !folded.parts.some((p) => p.chunk === key)) : [];
    await db.searchChunks.bulkDelete(gone);
    await db.searchChunks.bulkPut(folded.parts.filter((p) => !kept.has(p.chunk)));
    await db.searchChunks.where('chunk').between(CSV_CHANGE_KEY, changeKey(revision), true, true).delete();
    const meta: CsvMeta = {
      chunk: CSV_META_KEY,
      format: CSV_FORMAT,
      revision,
      parts: folded.parts.map((p) => p.chunk),
    };
    await db.searchChunks.put(meta);
    return true;
  });
}

/**
 * Change rows worth folding into the base. Folding rewrites every part a change touched (a
 * status change anywhere in the log touches a part of 5,000 lines: a megabyte and a half the
 * browser copies), while an export folds the rows it finds in memory, by Blob slices, for next
 * to nothing: so the base is rewritten only once reading the rows back would cost an export
 * more than a fraction of a second (400 writes of one complaint, 20,000 lines pulled).
 */
export const FOLD_ROWS = 400;

/** Folds the changes saved since the base into it once there are `minRows` of them (a context with time to spare: the worker, idle). */
export async function compactCsvCopy(db: SimakDb, minRows = FOLD_ROWS): Promise<boolean> {
  const rows = await db.searchChunks.where('chunk').between(CSV_CHANGE_KEY, `${CSV_CHANGE_KEY}~`).count();
  if (rows < minRows) return false;
  const copy = await readCsvCopy(db);
  if (!copy || copy.changes === 0) return false;
  return saveCsvBase(db, copy.revision, copy.folded, copy.base, false);
}

/**
 * The log revision the copy's base reflects: infinite when there is no copy at all (nothing
 * saved holds a line), −1 when change rows lie without a base.
 */
export async function csvBaseRevision(db: SimakDb): Promise<number> {
  const meta = await db.searchChunks.get(CSV_META_KEY);
  if (isMeta(meta)) return meta.revision;
  const rows = await db.searchChunks.where('chunk').between('csv:', 'csv:~').count();
  return rows === 0 ? Number.POSITIVE_INFINITY : -1;
}

/** Deletes every row of the copy (base, parts, change rows): the next export reads the records and saves it anew. */
export async function dropCsvCopy(db: SimakDb): Promise<void> {
  await db.searchChunks.where('chunk').between('csv:', 'csv:~').delete();
}

/**
 * Saves the lines of one write (from revision `from` to `to`): call inside the transaction that
 * wrote them when there is one (a bulk write), or right after a write known to be alone.
 */
export async function saveCsvChange(
  db: SimakDb,
  from: number,
  to: number,
  written: readonly [string, string | null][],
): Promise<void> {
  await db.searchChunks.put(changeRow(from, to, written));
}

/** A log at revision 0 known to be empty: its copy is an empty base (so its first changes need no export to start one). */
export async function saveEmptyCsvBase(db: SimakDb): Promise<void> {
  if (isMeta(await db.searchChunks.get(CSV_META_KEY))) return;
  const meta: CsvMeta = { chunk: CSV_META_KEY, format: CSV_FORMAT, revision: 0, parts: [] };
  await db.searchChunks.put(meta);
}
