// A property test makes a database per run: each is closed and deleted when its run ends,
// failed or not, so a long property run does not keep hundreds of fake IndexedDB stores open.
import Dexie from 'dexie';
import type { SimakDb } from '../../src/db/db';

export async function inThrowawayDb(db: SimakDb, use: (db: SimakDb) => Promise<void>): Promise<void> {
  try {
    await use(db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}
