// Every earlier schema version's database upgrades with every row intact. A fixture per version
// (tests/fixtures/db/v<N>.json, written by `npm run db:fixture` when version N was current) is
// loaded into that version's own schema, then opened with today's SimakDb.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SimakDb } from './db';
import { SCHEMA_VERSIONS } from './schema';

const DIR = resolve(import.meta.dirname, '../../tests/fixtures/db');

interface Fixture {
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.schemaVersion - b.schemaVersion);

const current = new SimakDb('simak-version-probe').verno;

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

/** Writes a fixture with the schema of its own version (all versions up to it, no upgrades). */
async function loadAsWritten(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS)
    if (version <= fixture.schemaVersion) old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('database fixtures of every schema version', () => {
  it('there is one for each version up to the current one', () => {
    expect(fixtures.map((f) => f.schemaVersion)).toEqual(SCHEMA_VERSIONS.map((s) => s.version));
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(current);
  });

  for (const fixture of fixtures) {
    it(`v${fixture.schemaVersion} opens with the current code, every row intact and found by its indexes`, async () => {
      const name = `simak-fixture-v${fixture.schemaVersion}`;
      await loadAsWritten(name, fixture);
      const db = new SimakDb(name);
      await db.open();
      expect(db.verno).toBe(current);
      for (const [tableName, rows] of Object.entries(fixture.tables)) {
        const table = db.table(tableName);
        expect(await table.count(), tableName).toBe(rows.length);
        const key = table.schema.primKey.keyPath as string;
        for (const row of rows) {
          // A later upgrade may add fields; none may lose or change what was written.
          expect(await table.get(row[key] as string), `${tableName} ${String(row[key])}`).toMatchObject(row);
        }
      }
      // The indexes the worker and the popup rely on answer for the old rows.
      const complaints = fixture.tables.complaints ?? [];
      for (const c of complaints) {
        const by = (index: string) =>
          db.complaints
            .where(index)
            .equals(c[index] as string)
            .primaryKeys();
        expect(await by('postKey')).toEqual([c.id]);
        expect(await by('day')).toContain(c.id);
      }
      for (const s of fixture.tables.dailyStats ?? []) {
        const found = await db.dailyStats
          .where('[day+query]')
          .equals([s.day as string, s.query as string])
          .toArray();
        expect(found.map((f) => f.id)).toContain(s.id);
      }
      for (const s of fixture.tables.sightings ?? []) {
        expect(
          await db.sightings
            .where('day')
            .equals(s.day as string)
            .primaryKeys(),
        ).toContain(s.id);
      }
      db.close();
    });
  }
});
