// Migrations: forward only, applied once, safe when two server processes start together; the
// history and the audit log refuse rewrites.
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/db';
import { migrate, migrations } from '../src/db/migrate';
import { BACKENDS, freshDb } from './harness';

describe.each(BACKENDS)('migrations on %s', (backend) => {
  it('apply once, are recorded, and keep the history append-only', async () => {
    // On PostgreSQL an empty database, migrated by two processes at once; PGlite starts from the template.
    const { db, url, drop } = await freshDb(backend, false);
    try {
      if (backend === 'postgres' && url) {
        const other = await openDb({ url });
        try {
          const [a, b] = await Promise.all([migrate(db), migrate(other)]);
          // Each migration applied by exactly one of them.
          expect([...a, ...b].sort()).toEqual(migrations().map((m) => m.version));
        } finally {
          await other.close();
        }
      }
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ version: number }>('select version from schema_migrations order by version');
      expect(rows.map((r) => r.version)).toEqual(migrations().map((m) => m.version));
      await db.query(`insert into users (username, password_hash) values ('u', 'x')`);
      await db.query(`insert into audit_log (action) values ('test')`);
      await expect(db.query(`update audit_log set action = 'other'`)).rejects.toThrow(/append-only/);
      await expect(db.query('delete from audit_log')).rejects.toThrow(/append-only/);
    } finally {
      await db.close();
      await drop();
    }
  });
});
