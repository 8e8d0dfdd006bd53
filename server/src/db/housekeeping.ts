// Housekeeping every server process does now and then: idempotency keys older than the
// retention deleted (a retry is answered from applied_keys only while its key is kept), and
// sign-in windows long over deleted. Several processes doing it at once do no harm: each
// deletes what is still there.
import { pruneLoginLimits } from '../auth/login-limit';
import type { Queryable } from './db';

export const DAY_MS = 24 * 3600_000;
const EVERY_MS = 3600_000;
/** The first run waits a little: a server starting is busy enough. */
const FIRST_MS = 60_000;

/** Deletes the office's change keys recorded more than `keepMs` ago; returns how many. */
export async function pruneAppliedKeys(q: Queryable, keepMs: number): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `with gone as (delete from applied_keys where at < now_ms() - $1 returning 1) select count(*)::int as n from gone`,
    [keepMs],
  );
  return row?.n ?? 0;
}

export interface Housekeeping {
  /** One run now (also what the timer does): the counts deleted. */
  run(): Promise<{ keys: number; loginBuckets: number }>;
  stop(): void;
}

export function startHousekeeping(q: Queryable, keepKeysMs: number, everyMs = EVERY_MS): Housekeeping {
  const run = async () => ({ keys: await pruneAppliedKeys(q, keepKeysMs), loginBuckets: await pruneLoginLimits(q) });
  // A failed run (database restarting) is simply tried again at the next one.
  const tick = () => void run().catch(() => {});
  const first = setTimeout(tick, Math.min(FIRST_MS, everyMs));
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return {
    run,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
