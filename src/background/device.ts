import { ulid } from 'ulid';
import type { SimakDb } from '../db/db';

/** A stable id for this browser profile, stamped on every record for later sync. */
export async function deviceId(db: SimakDb): Promise<string> {
  const row = await db.settings.get('deviceId');
  if (typeof row?.value === 'string') return row.value;
  const id = ulid();
  await db.settings.put({ key: 'deviceId', value: id, updatedAt: Date.now() });
  return id;
}
