// The store behind the sign-in rate limit (@fastify/rate-limit): counters in PostgreSQL, so
// every server process on one database shares them. An in-memory store would let a caller
// try N times per minute on each process behind a load balancer. A bucket is one route and
// one caller address; its window starts at its first attempt and lasts the route's window.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Queryable } from '../db/db';

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

// One statement: a new bucket, the next attempt in a live window, or a fresh window.
const COUNT = `insert into login_limits as l (bucket, window_start, hits) values ($1, now_ms(), 1)
  on conflict (bucket) do update set
    hits = case when l.window_start > now_ms() - $2 then l.hits + 1 else 1 end,
    window_start = case when l.window_start > now_ms() - $2 then l.window_start else now_ms() end
  returning hits, greatest(window_start + $2 - now_ms(), 0) as ttl`;

const PEEK = `select hits, greatest(window_start + $2 - now_ms(), 0) as ttl from login_limits
  where bucket = $1 and window_start > now_ms() - $2`;

export function sharedLoginLimitStore(db: Queryable): FastifyRateLimitStoreCtor {
  class SharedLoginLimitStore implements FastifyRateLimitStore {
    constructor(private readonly route = '') {}

    private run(sql: string, key: string, timeWindow: number, done: Done): void {
      db.query<{ hits: number; ttl: number }>(sql, [`${this.route} ${key}`, timeWindow]).then(
        ([row]) => done(null, { current: row?.hits ?? 0, ttl: row?.ttl ?? 0 }),
        (e: Error) => done(e),
      );
    }

    incr(key: string, done: Done, timeWindow: number): void {
      this.run(COUNT, key, timeWindow, done);
    }

    /** Without counting (the plugin's `increment: false`). */
    read(key: string, done: Done, timeWindow: number): void {
      this.run(PEEK, key, timeWindow, done);
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const url = (routeOptions as { routeInfo?: { url?: string } }).routeInfo?.url ?? '';
      return new SharedLoginLimitStore(url);
    }
  }
  return SharedLoginLimitStore as unknown as FastifyRateLimitStoreCtor;
}

/** Buckets whose window ended over an hour ago: nothing reads them again. */
export async function pruneLoginLimits(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `with gone as (delete from login_limits where window_start < now_ms() - 3600000 returning 1)
     select count(*)::int as n from gone`,
  );
  return row?.n ?? 0;
}
