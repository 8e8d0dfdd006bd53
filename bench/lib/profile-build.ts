// The build the page benches load: Simak with its timing marks (`vite build --mode profile`,
// dist/profile), which the shipped builds do not have. Built afresh on each bench run, so the
// figures are always of the code as it is; BENCH_DIST names another profiling build instead
// (to compare two versions in alternated runs).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function profileBuild(): string {
  if (process.env.BENCH_DIST) return resolve(process.env.BENCH_DIST);
  execFileSync('npm', ['run', '--silent', 'build:profile', '--', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return resolve(ROOT, 'dist/profile');
}
