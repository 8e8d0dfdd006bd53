// One small query interface over the two engines that hold a team's data: PGlite (PostgreSQL
// in WASM, in this process, data in a folder) and a real PostgreSQL (DATABASE_URL). Both take
// `$1` parameters, so the same SQL and the same migrations run on either; nothing is ever
// built by pasting values into SQL text.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements in one text, no parameters: migrations only. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as one tarball (the tests' template). */
  dump?(): Promise<Blob>;
}

// int8 (change numbers, millisecond times) read back as plain numbers: they stay far below 2^53.
const INT8 = 20;

export interface OpenOptions {
  /** postgres://… for a real PostgreSQL; otherwise PGlite. */
  url?: string;
  /** PGlite's data folder; 'memory://' for a throw-away one. */
  dataDir?: string;
  /** A PGlite data folder dump to start from (tests start many databases from one template). */
  loadDataDir?: Blob;
  /** Connections per server process (real PostgreSQL only). */
  max?: number;
}

export async function openDb(opts: OpenOptions): Promise<Db> {
  return opts.url ? openPostgres(opts.url, opts.max ?? 10) : openPglite(opts.dataDir ?? 'memory://', opts.loadDataDir);
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Db> {
  const pg = await PGlite.create({ dataDir, loadDataDir, parsers: { [INT8]: (x: string) => Number(x) } });
  const wrap = (q: PgliteLike): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      return (await q.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    tx: (fn) => pg.transaction((t) => fn(wrap(t))),
    close: () => pg.close(),
    dump: async () => (await pg.dumpDataDir('none')) as Blob,
  };
}

type PgClient = Pick<pg.PoolClient, 'query'>;

const wrapPg = (c: PgClient): Queryable => ({
  async query<T>(q: string, params?: unknown[]) {
    return (await c.query(q, params)).rows as T[];
  },
  async exec(text: string) {
    // Without parameters node-postgres uses the simple protocol: several statements may follow.
    await c.query(text);
  },
});

async function openPostgres(url: string, max: number): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: 'simak-team',
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 ? (x: string) => Number(x) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection dropped while idle (PostgreSQL restarted) is an event here, not a crash: the
  // pool replaces it, and a query on a dropped connection fails for its caller to retry.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    ...wrapPg(pool),
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // While checked out, a dropped connection reports here; the query in flight fails with it.
      const onError = () => {};
      client.on('error', onError);
      let broken = false;
      try {
        await client.query('begin');
        const out = await fn(wrapPg(client));
        await client.query('commit');
        return out;
      } catch (e) {
        await client.query('rollback').catch(() => {
          broken = true;
        });
        throw e;
      } finally {
        // A connection that could not even roll back is discarded, not handed to the next request.
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
