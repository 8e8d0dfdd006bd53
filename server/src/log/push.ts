// A push: one transaction for the whole batch, with the office's row locked so the batch's
// change numbers follow every earlier commit in that office. Each change key is answered once:
// a key already applied (a client's retry after a lost answer, or the same key twice in one
// batch) gets its first answer back, marked duplicate, and changes nothing.
import type { Db } from '../db/db';
import { type Actor, applyChange } from './apply';
import type { Change, PushResult } from './change-schema';

/** For the fault tests: die inside a push, before or after its commit, as a killed server would. */
const FAULT = process.env.SIMAK_TEAM_FAULT;

export async function push(db: Db, a: Actor, changes: Change[]): Promise<PushResult[]> {
  const results = await db.tx(async (q) => {
    await q.query('select id from offices where id = $1 for update', [a.officeId]);
    const keys = [...new Set(changes.map((c) => c.key))];
    const earlier = new Map<string, PushResult>();
    for (const row of await q.query<{ change_key: string; result: PushResult }>(
      `select change_key, result from applied_keys
        where office_id = $1 and change_key in (select jsonb_array_elements_text($2::text::jsonb))`,
      [a.officeId, JSON.stringify(keys)],
    ))
      earlier.set(row.change_key, row.result);
    const out: PushResult[] = [];
    for (const c of changes) {
      const seen = earlier.get(c.key);
      if (seen) {
        out.push({ ...seen, duplicate: true });
        continue;
      }
      const result = await applyChange(q, a, c);
      await q.query(
        'insert into applied_keys (office_id, change_key, user_id, result) values ($1, $2, $3, $4::text::jsonb)',
        [a.officeId, c.key, a.user.id, JSON.stringify(result)],
      );
      earlier.set(c.key, result);
      out.push(result);
    }
    if (FAULT === 'crash-before-commit') process.kill(process.pid, 'SIGKILL');
    return out;
  });
  if (FAULT === 'crash-after-commit') process.kill(process.pid, 'SIGKILL');
  return results;
}
