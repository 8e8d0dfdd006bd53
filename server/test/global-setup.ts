// Once per test run: a throw-away PostgreSQL cluster, and a migrated PGlite database saved as
// a template (a fresh PGlite takes seconds to create; loading the template takes under one).
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { startCluster } from '../tools/pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const [cluster, template] = await Promise.all([
    startCluster({ fsync: false }),
    (async () => {
      const db = await openDb({ dataDir: 'memory://' });
      await migrate(db);
      const dump = await db.dump?.();
      await db.close();
      const file = join(tmpdir(), `simak-pglite-template-${process.pid}.tar`);
      if (!dump) throw new Error('PGlite gave no dump');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      return file;
    })(),
  ]);
  project.provide('pgUrl', cluster.url);
  project.provide('pgliteTemplate', template);
  return () => {
    cluster.stop();
    rmSync(template, { force: true });
  };
}
