// A throw-away PostgreSQL cluster for the tests and the load bench: initdb into a temporary
// folder, started as a non-root user (PostgreSQL refuses to run as root), on a free loopback
// port with its socket in that folder; stopped and deleted at the end. Without the PostgreSQL
// binaries this fails with what to install: the tests never silently skip the real engine.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** postgres://…/postgres, for creating databases. */
  url: string;
  urlFor(database: string): string;
  restart(): void;
  stop(): void;
}

function binDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error(
      'PostgreSQL binaries (initdb, pg_ctl) not found: install postgresql (apt-get install postgresql), or set PG_BIN',
    );
  return join(root, newest, 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root, else as ourselves. */
function runAs(uid: number | undefined, cmd: string, args: string[]): void {
  const r =
    uid === undefined
      ? spawnSync(cmd, args, { encoding: 'utf8' })
      : spawnSync('setpriv', [`--reuid=${uid}`, `--regid=${gidOf()}`, '--clear-groups', cmd, ...args], {
          encoding: 'utf8',
        });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout || r.error}`);
}

let gid: number | undefined;
const gidOf = (): number => {
  gid ??= Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return gid;
};

export async function startCluster(opts: { fsync?: boolean } = {}): Promise<Cluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  let uid: number | undefined;
  if (asRoot) {
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    } catch {
      uid = 65_534; // nobody
      gid = 65_534;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'simak-pg-'));
  if (uid !== undefined) chownSync(dir, uid, gidOf());
  const data = join(dir, 'data');
  const port = await freePort();
  runAs(uid, join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--no-instructions',
  ]);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    opts.fsync === false ? '-c fsync=off -c synchronous_commit=off' : '',
  ].join(' ');
  const ctl = (...args: string[]) =>
    runAs(uid, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', ...args]);
  ctl('-o', options, 'start');
  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  let stopped = false;
  return {
    url: urlFor('postgres'),
    urlFor,
    restart: () => ctl('-m', 'fast', '-o', options, 'restart'),
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        ctl('-m', 'immediate', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
