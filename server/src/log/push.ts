// A push: the whole batch applied by one call of `simak_push` (migration 002), so a push costs
// one round trip to the database however many changes it holds. That function keeps the rules:
// the office's row locked for the push (its change numbers follow every earlier commit in the
// office), the later server order wins a field, notes and loggers only add, and each change key
// is answered once (a key seen before gets its first answer back, marked duplicate).
import { allows, type Role } from '../auth/roles';
import type { User } from '../auth/session';
import type { Db } from '../db/db';
import type { Change, PushResult } from './change-schema';

export interface Actor {
  officeId: number;
  user: User;
  role: Role;
}

const PUSH = 'select simak_push($1, $2, $3, $4, $5::text::jsonb) as results';

/** For the fault tests: die inside a push, before or after its commit, as a killed server would. */
const FAULT = process.env.SIMAK_TEAM_FAULT;

export async function push(db: Db, a: Actor, changes: Change[]): Promise<PushResult[]> {
  const params = [a.officeId, a.user.id, a.user.username, allows(a.role, 'log:manage'), JSON.stringify(changes)];
  if (!FAULT) {
    // One statement: its own transaction, committed when it returns.
    const [row] = await db.query<{ results: PushResult[] }>(PUSH, params);
    return row?.results ?? [];
  }
  // The fault tests need a moment between the work and its commit to die in.
  const results = await db.tx(async (q) => {
    const [row] = await q.query<{ results: PushResult[] }>(PUSH, params);
    if (FAULT === 'crash-before-commit') process.kill(process.pid, 'SIGKILL');
    return row?.results ?? [];
  });
  if (FAULT === 'crash-after-commit') process.kill(process.pid, 'SIGKILL');
  return results;
}
