// `npm run server`: the team server. PGlite in ./.simak-team by default, or the PostgreSQL in
// DATABASE_URL; migrations applied at start; on the first start, the one-time setup code for
// the first admin is printed here (and only here).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp } from './app';
import { parseServerArgs, USAGE } from './args';
import { prepareSetup } from './auth/setup';
import { openDb } from './db/db';
import { DAY_MS } from './db/housekeeping';
import { migrate } from './db/migrate';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

async function main(): Promise<void> {
  let args: ReturnType<typeof parseServerArgs>;
  try {
    args = parseServerArgs(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\n\n${USAGE}`);
    process.exit(2);
  }
  if (!args.databaseUrl) mkdirSync(resolve(args.data), { recursive: true });
  const db = await openDb(args.databaseUrl ? { url: args.databaseUrl } : { dataDir: resolve(args.data) });
  const applied = await migrate(db);
  if (applied.length > 0) console.log(`simak-team: migrations applied: ${applied.join(', ')}`);
  const https =
    args.tlsCert && args.tlsKey ? { cert: readFileSync(args.tlsCert), key: readFileSync(args.tlsKey) } : undefined;
  const { app } = await buildApp({
    db,
    https,
    logger: args.quiet ? false : { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    config: {
      version: pkg.version,
      tls: !!https,
      trustProxy: args.trustProxy,
      extensionIds: args.extensionIds,
      allowOrigins: args.allowOrigins,
      loginRatePerMinute: args.loginRate,
      keepKeysMs: args.keepKeysDays * DAY_MS,
    },
  });
  await app.listen({ host: args.host, port: args.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : args.port;
  const where = db.kind === 'pglite' ? `PGlite in ${resolve(args.data)}` : 'PostgreSQL from DATABASE_URL';
  console.log(`simak-team: listening on ${https ? 'https' : 'http'}://${args.host}:${port} (${where})`);
  const code = await prepareSetup(db);
  if (code) {
    console.log(`simak-team: first start. Setup code for the first admin (valid 24 h, shown once): ${code}`);
    console.log(`simak-team: open ${https ? 'https' : 'http'}://${args.host}:${port}/admin/ to use it`);
  }
  console.log('simak-team: ready');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`simak-team: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
