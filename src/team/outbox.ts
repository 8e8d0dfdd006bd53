// The outbox: local changes waiting for the team server, oldest first. A change is queued in
// the same transaction as the local write it describes, and leaves the outbox only once the
// server has answered for its key; until then it is pushed again, with the same key, as often
// as needed (a stopped worker, a lost answer, a day offline): nothing lost, nothing doubled.
import type { SimakDb } from '../db/db';
import type { OutboxRow } from '../db/schema';
import { newChangeKey, postKeyOf, type TeamChange } from './change';

type Unkeyed<T> = T extends unknown ? Omit<T, 'key' | 'at'> : never;

/** Call inside a read-write transaction that includes `db.outbox`. */
export async function enqueue(db: SimakDb, change: Unkeyed<TeamChange>, now = Date.now()): Promise<TeamChange> {
  const full = { ...change, key: newChangeKey(now), at: now } as TeamChange;
  await db.outbox.add({ key: full.key, postKey: postKeyOf(full), change: full, queuedAt: now });
  return full;
}

export async function pending(db: SimakDb, limit: number): Promise<OutboxRow[]> {
  return db.outbox.orderBy('seq').limit(limit).toArray();
}

export function pendingCount(db: SimakDb): Promise<number> {
  return db.outbox.count();
}

export const asChange = (row: OutboxRow): TeamChange => row.change as unknown as TeamChange;
