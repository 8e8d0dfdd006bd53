// Forward-only, versioned SQL migrations: `NNN_name.sql` files applied in order, each in its
// own transaction together with its row in `schema_migrations`. A transaction-level advisory
// lock lets two server processes start on one PostgreSQL at once: the second waits, then
// finds the work done.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK = 7_305_812_001; // any fixed number: the "migrating" lock

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(dir = DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Applies what is missing; returns the versions applied now. */
export async function migrate(db: Db, list = migrations()): Promise<number[]> {
  await db.tx(async (q) => {
    await q.query('select pg_advisory_xact_lock($1)', [LOCK]);
    await q.exec(`create table if not exists schema_migrations (
      version int primary key, name text not null, applied_at timestamptz not null default now())`);
  });
  const applied: number[] = [];
  for (const m of list) {
    const done = await db.tx(async (q) => {
      await q.query('select pg_advisory_xact_lock($1)', [LOCK]);
      const seen = await q.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (seen.length > 0) return false;
      await q.exec(m.sql);
      await q.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
